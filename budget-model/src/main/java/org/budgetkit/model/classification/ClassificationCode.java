package org.budgetkit.model.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A code of a budget classification: a {@link FunctionCode} or an {@link EconomicCode}. The
 * parent of a code is its prefix one level up.
 *
 * <p>Codes order by scheme, then digits. Implementations are immutable and thread-safe.
 */
public sealed interface ClassificationCode extends Comparable<ClassificationCode>
        permits FunctionCode, EconomicCode {

    /** @return the scheme the code belongs to, never null */
    Scheme scheme();

    /** @return the level, never null */
    Level level();

    /** @return the digits, such as {@code 2010301}, never null */
    String digits();

    /** @return the code one level up, or empty for a 类 */
    Optional<? extends ClassificationCode> parent();

    /**
     * The ancestors from the 类 down to the parent: {@code 2010301} gives {@code [201, 20103]}.
     *
     * @return the ancestors, never null
     */
    default List<ClassificationCode> ancestors() {
        List<ClassificationCode> out = new ArrayList<>(2);
        Optional<? extends ClassificationCode> p = parent();
        while (p.isPresent()) {
            out.add(p.get());
            p = p.get().parent();
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /**
     * Whether this code is a proper ancestor of {@code other} in the same scheme: 201 is an
     * ancestor of 2010301, not of itself.
     *
     * @param other the other code, not null
     * @return true if it is
     */
    default boolean isAncestorOf(ClassificationCode other) {
        Objects.requireNonNull(other, "other");
        return scheme() == other.scheme() && other.digits().length() > digits().length()
                && other.digits().startsWith(digits());
    }

    @Override
    default int compareTo(ClassificationCode other) {
        int c = scheme().compareTo(other.scheme());
        return c != 0 ? c : digits().compareTo(other.digits());
    }
}
