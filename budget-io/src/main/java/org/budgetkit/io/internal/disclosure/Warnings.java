package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.budgetkit.io.disclosure.ReadWarning;

/** Collects the warnings of one read. */
final class Warnings {
    private final String source;
    private final List<ReadWarning> list = new ArrayList<>();

    Warnings(String source) {
        this.source = source;
    }

    void add(int page, int line, String table, String english, String chinese) {
        list.add(new ReadWarning(source, page, line, table, english, chinese));
    }

    List<ReadWarning> list() {
        return List.copyOf(list);
    }
}
