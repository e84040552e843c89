package org.budgetkit.io.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Claim;

/**
 * Reads the numeric statements of a disclosure's narrative (文字部分) as {@link Claim}s.
 *
 * <p>{@code NarrativeReader.of("深圳市坪山区信访局", FiscalYear.of(2023), Phase.BUDGET).read(lines)}
 * on the seed's lines 1–419 gives its 73 claims (counting parts). From
 * {@code 2023 年深圳市坪山区信访局部门预算收入 1,877万元，比\n\n2022 年增加 463 万元，增长 33 %。} it
 * reads one {@link Claim.Kind#CHANGE} claim: subject {@code 部门预算收入}, the department's revenue,
 * year 2023, comparison year 2022, amount 1,877 万元, change 463 万元 (增加), percent 33%, line 89.
 *
 * <p>What it understands: text extracted from a PDF, sentences wrapped across lines (lines are
 * joined without a separator, blank lines skipped, spaces around numbers kept as printed);
 * amounts in 元/千元/万元/亿元 and {@code 万} alone before punctuation ({@code 1170.00万，}); thresholds
 * such as {@code 单价 50 万元以上} or {@code 100万元（含）以上} are not claims; percents; counts with their
 * counter word (人, 家, 辆, 个, 台（套）…); changes ({@code 比/较/与 2022 年（预算）增加/减少 N，增长/下降
 * P%}, {@code 与上年相比…}, {@code 持平}, {@code 无变化}), a change sentence of its own attaching to the
 * item it follows, a change word inside a name ({@code 支持商销稳增长30.00万}) not being one; the
 * figures of an explanation ({@code 主要原因是基本支出增加…3397.18 万元、项目经费支出安排减少 1134.33 万元})
 * as changes of their own, never of the claim explained; shares ({@code 占71.73%}, of the whole they
 * name: {@code 占“三公”经费的31.14%}); breakdowns ({@code 包括…}, {@code 其中：…}, also opening the next
 * sentence; numbered items after {@code 具体包括：}; a {@code 主要包括：} that lists no amount ends at its
 * {@code ；}; {@code 合计} after the parts restates the whole); dates ({@code 2022 年 12 月}) and comparison
 * years are not the claim's year (a comparison year is kept as printed, even the document's own
 * year); a numbered item gives its subject to the sentences after it ({@code 2025年当年预算执行数为…});
 * headings such as {@code （三）…具体情况} or {@code （一）公共安全（类）} stand alone; page numbers are the
 * disclosure reader's to drop; a key-project table ({@code 项目名称 预算数（万元）}) gives one amount per
 * row.
 *
 * <p>Binding: a claim is bound to coordinates only when its subject really denotes a figure the
 * tables could print; any other subject ({@code 第一季度用款计划}, {@code 涉及项目预算资金}) is left
 * unbound (empty coordinates), never taken for the total. The budget unit by the headings of a
 * unit's section ({@code 一、深圳市坪山区信访局} is the 本级 unit, {@code 二、深圳市坪山区来访接待中心}
 * that unit) and by the unit names in the sentence (also shortened: {@code 区来访接待中心}); totals by
 * what means the total ({@code 部门预算收入}, {@code 支出预算总计}, {@code 本年收入合计}, {@code XX中心预算});
 * functions by name through the {@link Classification} — which, read by the disclosure reader, also
 * holds the codes its tables print with their names — a name resolved once giving its 款 as
 * context for ambiguous names; function paths {@code “一般公共服务支出（类）…（款）…（项）”},
 * {@code （204类）（06款）（01项）}, a 类 alone, a 款 and 项 under the 类 of a heading (a path that does not
 * resolve to the level it names stays unbound); special items, also named inside a longer subject
 * ({@code “三公”经费}, {@code 机关运行经费}, {@code 政府采购货物预算}, {@code 面向中小企业预留政府采购项目预算金额},
 * {@code 小型和微型企业}…), natures (人员支出 = 基本支出 301 as the seed prints it, 人员经费 = nature
 * PERSONNEL, 公用经费 = 302, 对个人和家庭的补助 = 303, 项目支出, 单位预留机动经费), fund sources the
 * subject opens with ({@code 一般公共预算财政拨款基本支出}: the fund and the nature), and
 * {@code 一般公共预算} from a section heading. In a final account (决算) a budget figure
 * ({@code 全年预算}, {@code 年初预算}) is not what its tables print and stays unbound. Parts inherit
 * what they do not say from their whole; a part naming nothing the tables print is its whole
 * only when it is the whole's single part under 包括.
 *
 * <p>Immutable and thread-safe.
 */
public final class NarrativeReader {
    private final String department;
    private final FiscalYear year;
    private final Phase phase;
    private final Classification<FunctionCode> functions;
    private final String source;
    private final int firstLine;
    private final List<String> units;

    private NarrativeReader(String department, FiscalYear year, Phase phase, Classification<FunctionCode> functions,
            String source, int firstLine, List<String> units) {
        this.department = department;
        this.year = year;
        this.phase = phase;
        this.functions = functions;
        this.source = source;
        this.firstLine = firstLine;
        this.units = units;
    }

    /**
     * A reader for a department's disclosure of a year, with the bundled function classification,
     * an empty source name and lines numbered from 1.
     *
     * @param department the department's name as printed, not blank
     * @param year the fiscal year of the disclosure, not null
     * @param phase budget or final account, not null
     * @return the reader, never null
     * @throws IllegalArgumentException if the department's name is blank
     */
    public static NarrativeReader of(String department, FiscalYear year, Phase phase) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(phase, "phase");
        if (department.isBlank()) {
            throw new IllegalArgumentException("blank department name");
        }
        return new NarrativeReader(department.strip(), year, phase, Classification.bundledFunctions(), "", 1,
                List.of());
    }

    /**
     * Reads claims with the given settings: the shape the disclosure reader calls.
     *
     * @param lines the narrative's lines, not null, no null element
     * @param year the fiscal year, not null
     * @param phase budget or final account, not null
     * @param department the department's name, not blank
     * @param functions the function classification to resolve names with, not null
     * @param source the source name for claims and errors, not null
     * @return the claims, top level in reading order with their parts, never null
     * @throws BudgetFormatException if a figure is malformed
     */
    public static List<Claim> read(List<String> lines, FiscalYear year, Phase phase, String department,
            Classification<FunctionCode> functions, String source) {
        return of(department, year, phase).withFunctions(functions).withSource(source).read(lines);
    }

    /**
     * This reader with another source name (used in errors).
     *
     * @param name the source name, not null
     * @return the reader, never null
     */
    public NarrativeReader withSource(String name) {
        return new NarrativeReader(department, year, phase, functions, Objects.requireNonNull(name, "name"), firstLine,
                units);
    }

    /**
     * This reader with another function classification (a full official list, say).
     *
     * @param classification the classification, not null
     * @return the reader, never null
     */
    public NarrativeReader withFunctions(Classification<FunctionCode> classification) {
        return new NarrativeReader(department, year, phase, Objects.requireNonNull(classification, "classification"),
                source, firstLine, units);
    }

    /**
     * This reader numbering the first line given as {@code line} (for a narrative cut out of a
     * longer text).
     *
     * @param line the number of the first line, 1 or more
     * @return the reader, never null
     * @throws IllegalArgumentException if {@code line} is below 1
     */
    public NarrativeReader withFirstLine(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("lines are numbered from 1: " + line);
        }
        return new NarrativeReader(department, year, phase, functions, source, line, units);
    }

    /**
     * This reader also knowing these subordinate units' names (from the tables, say), besides the
     * ones its headings and {@code 下属…} phrases name.
     *
     * @param names the units' names, not null, no null element
     * @return the reader, never null
     */
    public NarrativeReader withUnits(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        List<String> copy = new ArrayList<>();
        for (String n : names) {
            copy.add(Objects.requireNonNull(n, "name").strip());
        }
        return new NarrativeReader(department, year, phase, functions, source, firstLine, List.copyOf(copy));
    }

    /**
     * Reads the claims of the narrative's lines.
     *
     * @param lines the lines, not null, no null element
     * @return the claims, top level in reading order (by their first figure) with their parts, never null
     * @throws BudgetFormatException if a figure is malformed ({@code 1,87万元}), naming source, line
     *     and column
     */
    public List<Claim> read(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        for (String l : lines) {
            Objects.requireNonNull(l, "line");
        }
        return new NarrativeParse(department, year, phase, functions, source, firstLine, units, lines).claims();
    }

    /**
     * Reads the claims of the narrative's text.
     *
     * @param reader the text, not null; read to its end, not closed
     * @return the claims, never null
     * @throws BudgetFormatException if a figure is malformed
     * @throws UncheckedIOException if reading fails
     */
    public List<Claim> read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String> lines = new ArrayList<>();
        try {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(lines);
    }

    /** @return the department's name, never null */
    public String department() {
        return department;
    }

    /** @return the fiscal year, never null */
    public FiscalYear year() {
        return year;
    }

    /** @return budget or final account, never null */
    public Phase phase() {
        return phase;
    }

    /** {@code NarrativeReader[深圳市坪山区信访局 2023 预算]}. */
    @Override
    public String toString() {
        return "NarrativeReader[" + department + " " + year + " " + phase + "]";
    }
}
