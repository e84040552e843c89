package org.budgetkit.io.internal.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.budgetkit.model.money.AmountUnit;

/**
 * A table found in the source: its layout (null when no template recognises its title), its
 * number and title as printed, its unit, and its body lines, one segment per page or repeated
 * title.
 */
final class Block {
    final Layout layout;
    final String number;
    final String title;
    final int line;
    final int page;
    AmountUnit unit;
    boolean unitFound;
    final List<List<Line>> segments = new ArrayList<>();

    Block(Layout layout, String number, String title, int line, int page) {
        this.layout = layout;
        this.number = number;
        this.title = title;
        this.line = line;
        this.page = page;
    }

    List<Line> newSegment() {
        List<Line> s = new ArrayList<>();
        segments.add(s);
        return s;
    }

    @Override
    public String toString() {
        return number + " " + title + " (line " + line + ", " + segments.size() + " segments)";
    }
}
