package org.budgetkit.model.dimension;

import java.util.Objects;
import java.util.Optional;

/**
 * A budget unit: a department (部门, whose figures consolidate its units) or one of its units
 * (单位: the department's own 本级 unit, or a subordinate unit). A department and its 本级 unit
 * often have the same name; the kind tells them apart.
 *
 * <p>{@code BudgetUnit.unit("深圳市坪山区信访局", "深圳市坪山区信访局").parent()} is the department.
 * {@code parse(toString())} returns an equal unit: {@code 部门 深圳市坪山区信访局},
 * {@code 单位 深圳市坪山区信访局/深圳市坪山区来访接待中心}. Immutable and thread-safe.
 */
public final class BudgetUnit {
    /** Whether a unit is a department or one of its units. */
    public enum Kind {
        /** 部门: consolidates its units. */
        DEPARTMENT("部门"),
        /** 单位: a unit of a department. */
        UNIT("单位");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        /** @return 部门 or 单位, never null */
        public String chineseName() {
            return chineseName;
        }
    }

    private final Kind kind;
    private final String department;
    private final String name;
    private final int hash;

    private BudgetUnit(Kind kind, String department, String name) {
        this.kind = kind;
        this.department = department;
        this.name = name;
        // Computed once: units key the hash maps of reconciliation and roll-ups.
        this.hash = (kind.ordinal() * 31 + department.hashCode()) * 31 + name.hashCode();
    }

    /**
     * A department.
     *
     * @param name its name, not blank, without {@code /}
     * @return the department, never null
     * @throws IllegalArgumentException if the name is blank or contains {@code /}
     */
    public static BudgetUnit department(String name) {
        String n = checkName(name, "name");
        return new BudgetUnit(Kind.DEPARTMENT, n, n);
    }

    /**
     * A unit of a department.
     *
     * @param department the department's name, not blank, without {@code /}
     * @param name the unit's name, not blank, without {@code /}
     * @return the unit, never null
     * @throws IllegalArgumentException if a name is blank or contains {@code /}
     */
    public static BudgetUnit unit(String department, String name) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(name, "name");
        return new BudgetUnit(Kind.UNIT, checkName(department, "department"), checkName(name, "name"));
    }

    private static String checkName(String name, String what) {
        Objects.requireNonNull(name, what);
        String n = name.strip();
        if (n.isEmpty() || n.indexOf('/') >= 0 || n.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a budget unit " + what + " must be non-blank, one line, without '/': \""
                    + name + "\"");
        }
        return n;
    }

    /**
     * Reads the form {@link #toString()} writes.
     *
     * @param text {@code 部门 NAME} or {@code 单位 DEPARTMENT/NAME}, not null
     * @return the unit, never null
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static BudgetUnit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.startsWith("部门 ")) {
            return department(s.substring(3));
        }
        if (s.startsWith("单位 ")) {
            int slash = s.indexOf('/');
            if (slash > 3) {
                return unit(s.substring(3, slash), s.substring(slash + 1));
            }
        }
        throw new IllegalArgumentException("not a budget unit (\"部门 NAME\" or \"单位 DEPARTMENT/NAME\"): \"" + s + "\"");
    }

    /** @return whether this is a department or a unit, never null */
    public Kind kind() {
        return kind;
    }

    /** @return the name of the unit (of the department, for a department), never null */
    public String name() {
        return name;
    }

    /** @return the name of the department it belongs to (its own, for a department), never null */
    public String department() {
        return department;
    }

    /** @return the department of a unit, or empty for a department */
    public Optional<BudgetUnit> parent() {
        return kind == Kind.UNIT ? Optional.of(department(department)) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BudgetUnit u && u.hash == hash && u.kind == kind
                && u.department.equals(department) && u.name.equals(name);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@code 部门 深圳市坪山区信访局} or {@code 单位 深圳市坪山区信访局/深圳市坪山区来访接待中心}. */
    @Override
    public String toString() {
        return kind == Kind.DEPARTMENT ? "部门 " + name : "单位 " + department + "/" + name;
    }
}
