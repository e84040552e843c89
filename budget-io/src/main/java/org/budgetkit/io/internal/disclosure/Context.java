package org.budgetkit.io.internal.disclosure;

import java.util.List;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.FiscalYear;

/** What every table of one read shares: the department, its units, the year, the warnings, the names. */
record Context(String source, String department, List<String> units, FiscalYear year, NameIndex names,
        Warnings warnings) {

    BudgetUnit departmentUnit() {
        return BudgetUnit.department(department);
    }

    /** Whether a row label names the department or one of its units. */
    boolean isUnitName(String label) {
        String n = Tokens.norm(label);
        if (n.isEmpty()) {
            return false;
        }
        if (n.equals(Tokens.norm(department))) {
            return true;
        }
        for (String u : units) {
            if (n.equals(Tokens.norm(u))) {
                return true;
            }
        }
        return false;
    }

    /** The unit name a label starts with, or null. */
    String unitPrefix(String label) {
        String stripped = label.strip();
        if (stripped.startsWith(department)) {
            return department;
        }
        for (String u : units) {
            if (stripped.startsWith(u)) {
                return u;
            }
        }
        return null;
    }
}
