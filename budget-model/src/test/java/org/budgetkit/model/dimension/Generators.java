package org.budgetkit.model.dimension;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of dimension values, shared by the model's tests (and, through the
 * test jar, other modules'). Names are built from fragments that include the characters that
 * text forms must cope with: separators ({@code ", "}, {@code =}), braces, quotes, backslashes,
 * full-width and inner white space, and text that looks like another coordinate.
 */
public final class Generators {
    private static final List<String> FIRST = List.of("深圳市", "坪山区", "信访", "A", "z", "7", "（", "\"", "{", "=",
            ",", "\\", "部门", "单位");
    private static final List<String> REST = List.of("深圳市", "坪山区", "信访局", "来访接待中心", "办公室", "项目",
            "a", "B", "0", "9", " ", "　", "（", "）", "(", ")", "、", ",", ", ", "=", "{", "}", "\"", "\\",
            ", measure=CHANGE", ", year=2023", ", unit=部门 X", "}, flow=EXPENDITURE", "\"\"");

    private Generators() {
    }

    /** Non-blank one-line names without {@code /} (valid budget-unit names), up to 12 fragments. */
    public static Gen<String> names() {
        return arbitrary().pick(FIRST).zip(lists().of(arbitrary().pick(REST)).ofSizeBetween(0, 11),
                (first, rest) -> first + String.join("", rest));
    }

    /** Non-blank one-line names, {@code /} allowed (valid project names). */
    public static Gen<String> projectNames() {
        return names().zip(arbitrary().pick("", "/", "/子项目", "2023/2024"), (name, tail) -> name + tail);
    }

    /** Budget units: departments and units of generated names. */
    public static Gen<BudgetUnit> budgetUnits() {
        return names().zip(names(), arbitrary().pick(true, false),
                (dept, name, unit) -> unit ? BudgetUnit.unit(dept, name) : BudgetUnit.department(dept));
    }

    /** Function codes of every level, the 类 from 201 to 299. */
    public static Gen<FunctionCode> functionCodes() {
        return arbitrary().pick(3, 5, 7).zip(integers().between(1, 99), integers().between(0, 9999),
                (length, cls, rest) -> FunctionCode.parse(("2" + String.format("%02d", cls)
                        + String.format("%04d", rest)).substring(0, length)));
    }

    /** Economic codes of both schemes and levels. */
    public static Gen<EconomicCode> economicCodes() {
        return arbitrary().pick(3, 5).zip(arbitrary().pick("3", "5"), integers().between(0, 9999),
                (length, first, rest) -> EconomicCode.parse((first + String.format("%04d", rest)).substring(0, length)));
    }

    /** Fiscal years over the whole accepted range. */
    public static Gen<FiscalYear> years() {
        return integers().between(FiscalYear.MIN, FiscalYear.MAX).map(FiscalYear::of);
    }

    /** Projects of generated names. */
    public static Gen<Project> projects() {
        return projectNames().map(Project::new);
    }
}
