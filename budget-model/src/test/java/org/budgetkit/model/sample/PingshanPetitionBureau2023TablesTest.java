package org.budgetkit.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.fact.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed's tables are complete and their provenance is true: every figure printed in 表1–表12
 * of the published text is one fact (or, for 表6's unlabelled 1,877, one unplaced figure), at
 * the line the text prints it, under the row label printed there.
 *
 * <p>Expected values are hand counts from the text (rows × columns, written out below) and a
 * scan of the text's table lines done here, never the builder's output.
 */
class PingshanPetitionBureau2023TablesTest {
    private static final Document DOC = PingshanPetitionBureau2023.document();
    /** The first line of the table part ({@code 表 1}) and the last line with 表12's amounts (金额合计). */
    private static final int FIRST_TABLE_LINE = 423;
    private static final int LAST_AMOUNT_LINE = 1216;
    /** 表12 prints 1876.57 without a thousands separator; every other table groups digits. */
    private static final Set<String> UNGROUPED = Set.of("表12");

    /**
     * The hand count of figures per table, as printed: rows × columns on the text's lines.
     *
     * <ul>
     * <li>表1: 11 revenue rows (一、政府预算拨款 … 5.其他收入) + 16 function rows + 3 rows × 2 sides
     *     (本年…合计, 上年结余/结转下年, 总计) = 33.
     * <li>表2: 2 rows (department, 本级) × 15 columns = 30.
     * <li>表3: department row + 16 function rows = 17 rows × 6 = 102.
     * <li>表4: department, 本级, 20 economic rows (301 + 8 款, 302 + 9 款, 303) = 22 rows × 12 = 264.
     * <li>表5: department, 本级, 3 projects = 5 rows × 14 = 70.
     * <li>表6: 4 revenue rows + 16 function rows + 3 rows × 2 sides = 26 (plus the unlabelled 1,877).
     * <li>表7: department, 本级, 16 function rows = 18 rows × 3 = 54.
     * <li>表8: department, 本级, 25 economic rows = 27 rows × 3 = 81.
     * <li>表9: 2022, 2023, 增减变化金额 = 3 rows × 6 = 18.
     * <li>表10, 表11: 2 rows × 3 = 6 each.
     * <li>表12: 基本支出, 3 projects, 金额合计 = 5 rows × 3 = 15.
     * </ul>
     */
    @ParameterizedTest(name = "{0}: {1} figures, {2} unplaced")
    @CsvSource({
        "表1, 33, 0", "表2, 30, 0", "表3, 102, 0", "表4, 264, 0", "表5, 70, 0", "表6, 26, 1",
        "表7, 54, 0", "表8, 81, 0", "表9, 18, 0", "表10, 6, 0", "表11, 6, 0", "表12, 15, 0"})
    void everyTableHasTheFiguresCountedByHand(String number, int figures, int unplaced) {
        Table table = DOC.table(number).orElseThrow();
        assertThat(DOC.facts().inTable(number).size()).as(number + " facts").isEqualTo(figures);
        assertThat(table.unplaced()).as(number + " unplaced").hasSize(unplaced);
    }

    @Test
    void theHandCountsAddUpToTheWholeDocument() {
        int handCount = 33 + 30 + 102 + 264 + 70 + 26 + 54 + 81 + 18 + 6 + 6 + 15;
        assertThat(DOC.facts().size()).isEqualTo(handCount);
        assertThat(DOC.tables()).extracting(Table::number).containsExactly(
                "表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表11", "表12");
        // Every fact belongs to one of the 12 tables: none is outside them.
        assertThat(DOC.facts().tables()).containsExactlyElementsOf(
                DOC.tables().stream().map(Table::number).toList());
    }

    @Test
    void table6KeepsItsUnlabelledFigureOnLine935() {
        Table.RawFigure raw = DOC.table("表6").orElseThrow().unplaced().get(0);
        assertThat(raw.text()).isEqualTo("1,877");
        assertThat(raw.line()).isEqualTo(935);
        assertThat(raw.row()).isEmpty();
        assertThat(raw.column()).isEqualTo("收入/预算数");
        assertThat(SeedText.tableFigures(SeedText.line(935))).startsWith("1,877");
        // The revenue side of line 935 has no label: the line starts with the figure.
        assertThat(SeedText.line(935)).startsWith("1,877 ");
    }

    @Test
    void everyTableLineHoldsItsNumberAndTheTitleFollows() {
        for (Table t : DOC.tables()) {
            assertThat(SeedText.line(t.line())).as(t.number()).isEqualTo("表 " + t.number().substring(1));
            assertThat(SeedText.line(t.line() + 2)).as(t.number() + " title").isEqualTo(t.title());
        }
    }

    @Test
    void everyFactsLineHoldsItsPrintedFigure() {
        for (Fact f : DOC.facts()) {
            String table = f.provenance().table();
            String printed = SeedText.printed(f.amount(), !UNGROUPED.contains(table));
            assertThat(SeedText.tableFigures(SeedText.line(f.provenance().line())))
                    .as("%s: line %d holds %s", f, f.provenance().line(), printed)
                    .contains(printed);
        }
    }

    @Test
    void everyFactIsWithinItsTableAndNamesTheSource() {
        List<Table> tables = DOC.tables();
        for (Fact f : DOC.facts()) {
            int i = indexOf(tables, f.provenance().table());
            int from = tables.get(i).line();
            int to = i + 1 < tables.size() ? tables.get(i + 1).line() : LAST_AMOUNT_LINE + 1;
            assertThat(f.provenance().line()).as(f.toString()).isGreaterThan(from).isLessThan(to);
            assertThat(f.provenance().source()).isEqualTo(PingshanPetitionBureau2023.SOURCE);
        }
    }

    /**
     * Row labels are printed on the line of their figures, except where a long label wrapped
     * over the lines above: 表4's 机关事业单位基本养老保险缴费 (737–740) and 职工基本医疗保险缴费
     * (744–747), 表5's two wrapped projects (903–906, 908–911) and 表12's three task rows
     * (1199–1203, 1205–1209, 1211–1214), whose 主要内容 also sits between label and figures.
     */
    @Test
    void everyFactsRowLabelIsPrintedOnItsLineOrWrappedJustAbove() {
        Set<String> wrapped = Set.of("表4:740", "表4:747", "表5:906", "表5:911", "表12:1203", "表12:1209",
                "表12:1214");
        Set<String> foundWrapped = new java.util.TreeSet<>();
        for (Fact f : DOC.facts()) {
            String table = f.provenance().table();
            int line = f.provenance().line();
            String label = f.provenance().row();
            assertThat(label).as(f.toString()).isNotBlank();
            if (SeedText.line(line).contains(label)) {
                continue;
            }
            foundWrapped.add(table + ":" + line);
            int previousRow = DOC.facts().inTable(table).stream().mapToInt(x -> x.provenance().line())
                    .filter(l -> l < line).max().orElse(DOC.table(table).orElseThrow().line());
            assertThat(SeedText.joined(previousRow + 1, line)).as(f.toString())
                    .contains(SeedText.squeeze(label));
        }
        assertThat(foundWrapped).isEqualTo(new java.util.TreeSet<>(wrapped));
    }

    /**
     * Nothing omitted, nothing invented: the figures scanned from every line of the table part
     * (表 1 to 表12's 金额合计; header years, row codes and table numbers skipped) are, line by
     * line, exactly the printed forms of the facts and unplaced figures on that line.
     */
    @Test
    void everyFigurePrintedInTheTablesIsExactlyOneFactOrUnplacedFigure() {
        Map<Integer, List<String>> scanned = new TreeMap<>();
        int count = 0;
        for (int n = FIRST_TABLE_LINE; n <= LAST_AMOUNT_LINE; n++) {
            List<String> figures = SeedText.tableFigures(SeedText.line(n));
            if (!figures.isEmpty()) {
                scanned.put(n, sorted(figures));
                count += figures.size();
            }
        }
        assertThat(count).as("figures scanned in the text").isEqualTo(705 + 1);

        Map<Integer, List<String>> built = new TreeMap<>();
        for (Fact f : DOC.facts()) {
            String printed = SeedText.printed(f.amount(), !UNGROUPED.contains(f.provenance().table()));
            built.computeIfAbsent(f.provenance().line(), k -> new ArrayList<>()).add(printed);
        }
        for (Table t : DOC.tables()) {
            for (Table.RawFigure raw : t.unplaced()) {
                built.computeIfAbsent(raw.line(), k -> new ArrayList<>()).add(raw.text());
            }
        }
        built.replaceAll((k, v) -> sorted(v));
        assertThat(built).isEqualTo(scanned);
    }

    @Test
    void theFifteenIndicatorsOfTable12AreThoseOfTheText() {
        // Hand copy of 表12's 年度绩效指标 (lines 1234–1277): 三级指标 and 目标值 with their line.
        List<String> expected = List.of(
                "1237 员额核定人数 = 33 人",
                "1239 维护信访系统个数 = ≥1 个",
                "1243 完成全年省一体化信访信息系统案件办理 = ≥3000 件",
                "1245 群众信访诉求服务中心 = 1 个",
                "1249 信访访前调解率 = ≥90%",
                "1251 信访案件回复及时率 = ≥95%",
                "1253 调解化解成功率 = ≥60%",
                "1255 信访案件办理办结率 = 100%",
                "1257 完成支付时间 = 12 月前",
                "1259 全年预算 = ≤1877 万元",
                "1264 群众对网上信访了解度 = 有所提高",
                "1266 化解基层矛盾纠纷水平 = 有所提高",
                "1272 引导群众网上信访，畅通群众反映诉求的渠道 = 有所提高",
                "1275 群众满意度 = ≥60%",
                "1277 单位工作人员满意度 = ≥90%");
        List<PerformanceIndicator> indicators = DOC.indicators();
        assertThat(indicators).extracting(i -> i.line() + " " + i.name() + " = " + i.target())
                .containsExactlyElementsOf(expected);
        for (PerformanceIndicator i : indicators) {
            assertThat(i.table()).isEqualTo("表12");
            assertThat(SeedText.line(i.line())).as(i.name()).endsWith(i.target());
            // The name is printed on the target's line or, wrapped, on the lines just above.
            assertThat(SeedText.joined(i.line() - 3, i.line())).as(i.name()).contains(SeedText.squeeze(i.name()));
        }
        assertThat(indicators).extracting(PerformanceIndicator::level1).containsOnly("产出指标", "效益指标", "满意度指标");
        assertThat(indicators.stream().filter(i -> i.level2().equals("数量指标")).count()).isEqualTo(4);
        assertThat(indicators.stream().filter(i -> i.level2().equals("质量指标")).count()).isEqualTo(4);
    }

    private static int indexOf(List<Table> tables, String number) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no table " + number);
    }

    private static List<String> sorted(List<String> figures) {
        List<String> out = new ArrayList<>(figures);
        out.sort(null);
        return out;
    }
}
