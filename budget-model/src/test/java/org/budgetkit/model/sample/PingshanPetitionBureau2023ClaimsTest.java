package org.budgetkit.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Claim.Direction;
import org.budgetkit.model.document.Claim.Kind;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The narrative's numeric statements: counted by hand from the text (the list below) and
 * checked by a scan of the narrative for every printed number, so that no statement is missing
 * or invented; key claims pinned with their change, direction and percent.
 */
class PingshanPetitionBureau2023ClaimsTest {
    private static final Document DOC = PingshanPetitionBureau2023.document();
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;
    private static final String NAME = "深圳市坪山区信访局";
    /** The narrative ends where the table part starts (line 421 二、表格部分). */
    private static final int LAST_NARRATIVE_LINE = 420;
    /** A number in running text: {@code 1,877}, {@code 6.1}, {@code 33} (of {@code 33 %}). */
    private static final Pattern NUMBER = Pattern.compile("[0-9](?:[0-9]|,(?=[0-9]{3}))*(?:\\.[0-9]+)?");

    /**
     * Every numeric statement of the narrative, by hand: line of its first number, kind and that
     * number (the amount, else the change, else the count). 73 in all: 23 staff and unit counts
     * (第一部分), 2 budget totals with their changes, 5 + 3 unit-budget amounts, the project
     * breakdown (1,129 = 8 [机动工作 8] + 449 + 672) and the 8 万元 change, 1 unit count, the
     * reception centre's 5 zeros, 4 procurement amounts, 10 "三公" statements (with 2 vehicle
     * counts), 2 unit/target counts and 1 amount of 第六部分, 3 key projects, 机关运行经费, and 7
     * asset counts and 1 unit count of 第八部分.
     */
    private static final List<String> HAND_COUNT = List.of(
            "33 COUNT 2", // 共 2家基层单位
            "35 COUNT 8", "35 COUNT 8", "35 COUNT 7", "37 COUNT 7", "37 COUNT 0", "37 COUNT 0", "41 COUNT 1",
            "41 COUNT 0", // the department's 编制, 实有, 离休, 退休, 雇员, 临聘
            "49 COUNT 8", "49 COUNT 8", "49 COUNT 0", "49 COUNT 0", "51 COUNT 0", "51 COUNT 0", "53 COUNT 1",
            "53 COUNT 0", // 本级
            "57 COUNT 0", "57 COUNT 0", "57 COUNT 7", "59 COUNT 7", "59 COUNT 0", "59 COUNT 0", // 来访接待中心
            "89 CHANGE 1,877", "91 CHANGE 1,877", // 部门预算收入, 部门预算支出: +463, 33 %
            "125 AMOUNT 1,877", "125 AMOUNT 704", "127 AMOUNT 44", "127 AMOUNT 0", "129 AMOUNT 1,129",
            "131 AMOUNT 704", "137 AMOUNT 44", "141 AMOUNT 0",
            "143 AMOUNT 1,129", "145 AMOUNT 8", "147 AMOUNT 8", "149 CHANGE 8", "151 CHANGE 449",
            "163 CHANGE 672",
            "179 COUNT 1", // 1 家事业单位
            "183 AMOUNT 0", "183 AMOUNT 0", "185 AMOUNT 0", "185 AMOUNT 0", "185 AMOUNT 0", // 来访中心预算
            "193 AMOUNT 169", "193 AMOUNT 0", "193 AMOUNT 0", "195 AMOUNT 169", // 政府采购
            "201 CHANGE 6.1", "207 COUNT 1", "209 CHANGE 0", "217 AMOUNT 0", "219 CHANGE 1.6",
            "225 AMOUNT 4.5", "229 CHANGE 0", "233 CHANGE 4.5", "235 COUNT 2", "241 COUNT 1", // "三公"
            "253 COUNT 2", "265 AMOUNT 1,129", "265 COUNT 3", // 绩效管理
            "283 AMOUNT 672", "319 AMOUNT 449", "325 AMOUNT 8", // 重点项目
            "333 CHANGE 44", // 机关运行经费
            "341 COUNT 1", "343 COUNT 0", "345 COUNT 0", "347 COUNT 0", "351 COUNT 0", "351 COUNT 0",
            "361 COUNT 1"); // 国有资产, 1 家事业单位

    @Test
    void theClaimsAreTheNumericStatementsCountedByHand() {
        assertThat(HAND_COUNT).hasSize(73);
        List<String> built = DOC.allClaims().stream()
                .map(c -> c.line() + " " + c.kind() + " " + firstFigure(c)).toList();
        assertThat(built).containsExactlyInAnyOrderElementsOf(HAND_COUNT);
    }

    @Test
    void everyClaimsLineHoldsItsFirstNumber() {
        for (Claim c : DOC.allClaims()) {
            assertThat(numbersOn(SeedText.line(c.line()))).as(c.toString()).contains(firstFigure(c));
        }
    }

    @Test
    void everyClaimsSubjectIsPrintedAtItsLineAndItsSentenceIsTheText() {
        for (Claim c : DOC.allClaims()) {
            String around = SeedText.joined(c.line() - 4, c.line() + 2);
            // 各单位 2023 年因公出国（境）经费预算数: the subject leaves out the year inside it.
            String withoutYears = around.replaceAll("[0-9]{4}年", "");
            assertThat(around.contains(SeedText.squeeze(c.subject()))
                    || withoutYears.contains(SeedText.squeeze(c.subject()))).as(c.toString()).isTrue();
            // The sentence is the text with its line breaks joined (and no other change).
            assertThat(SeedText.joined(c.line() - 8, c.line() + 12)).as(c.toString())
                    .contains(SeedText.squeeze(c.sentence()));
        }
    }

    /**
     * Nothing omitted, nothing invented: every number of the narrative, except years (…年),
     * months (…月), list markers ({@code 1.}) and the thresholds of 单价 50/100 万元以上, is one of
     * the amounts, changes, percents or counts of the claims.
     */
    @Test
    void everyNumberOfTheNarrativeIsStatedByExactlyOneClaim() {
        List<String> scanned = new ArrayList<>();
        for (int n = 1; n <= LAST_NARRATIVE_LINE; n++) {
            String line = SeedText.line(n);
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                String after = line.substring(m.end()).stripLeading();
                boolean listMarker = line.startsWith(".", m.end()) && m.start() == 0;
                if (after.startsWith("年") || after.startsWith("月") || after.startsWith("万元以上") || listMarker) {
                    continue;
                }
                scanned.add(m.group());
            }
        }
        List<String> stated = new ArrayList<>();
        for (Claim c : DOC.allClaims()) {
            c.amount().ifPresent(a -> stated.add(SeedText.printedNumber(a.value())));
            c.change().ifPresent(a -> stated.add(SeedText.printedNumber(a.value())));
            c.percent().ifPresent(p -> stated.add(p.value().toPlainString()));
            c.count().ifPresent(k -> stated.add(k.toPlainString()));
        }
        assertThat(stated).containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Test
    void breakdownsHaveTheTextsPartsAndAddUp() {
        // line of the whole → lines of its parts, as the text breaks them down
        Map<Integer, List<Integer>> expected = new TreeMap<>(Map.of(
                125, List.of(125, 127, 127, 129), // 人员 704, 公用 44, 对个人和家庭 0, 项目 1,129
                143, List.of(145, 151, 163), // 8, 449, 672
                145, List.of(147), // 机动工作 8
                183, List.of(183, 185, 185, 185), // the reception centre's four zeros
                193, List.of(193, 193, 195), // 货物 0, 工程 0, 服务 169
                225, List.of(229, 233))); // 购置 0, 运行维护 4.5
        Map<Integer, List<Integer>> built = new TreeMap<>();
        for (Claim c : DOC.allClaims()) {
            if (!c.parts().isEmpty()) {
                built.put(c.line(), c.parts().stream().map(Claim::line).toList());
                BigDecimal sum = c.parts().stream().map(p -> p.amount().orElseThrow().value())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(c.toString()).isEqualByComparingTo(c.amount().orElseThrow().value());
            }
        }
        assertThat(built).isEqualTo(expected);
        assertThat(DOC.claims()).hasSize(73 - (4 + 3 + 1 + 4 + 3 + 2));
    }

    @Test
    void departmentBudgetRevenueGrew463By33Percent() {
        Claim c = claimAt(89, "部门预算收入");
        assertThat(c.kind()).isEqualTo(Kind.CHANGE);
        assertThat(c.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(c.comparisonYear()).contains(FiscalYear.of(2022));
        assertThat(c.amount()).contains(Amount.of(new BigDecimal("1877"), WAN, 0));
        assertThat(c.direction()).contains(Direction.INCREASE);
        assertThat(c.change()).contains(Amount.of(new BigDecimal("463"), WAN, 0));
        assertThat(c.percent()).contains(Percentage.of(new BigDecimal("33"), 0));
        assertThat(c.coordinates()).isEqualTo(Coordinates.empty()
                .with(Dimension.UNIT, BudgetUnit.department(NAME)).with(Dimension.FLOW, Flow.REVENUE));
        Claim spending = claimAt(91, "部门预算支出");
        assertThat(spending.change()).contains(Amount.of(new BigDecimal("463"), WAN, 0));
        assertThat(spending.coordinates().get(Dimension.FLOW)).contains(Flow.EXPENDITURE);
    }

    @Test
    void generalAdministrationFell131By23Percent() {
        Claim c = claimAt(151, "一般行政管理事务预算");
        assertThat(c.amount()).contains(Amount.of(new BigDecimal("449"), WAN, 0));
        assertThat(c.direction()).contains(Direction.DECREASE);
        assertThat(c.change()).contains(Amount.of(new BigDecimal("131"), WAN, 0));
        assertThat(c.signedChange()).contains(Amount.of(new BigDecimal("-131"), WAN, 0));
        assertThat(c.percent()).contains(Percentage.of(new BigDecimal("23"), 0));
    }

    @Test
    void petitionAffairsGrew555By474Percent() {
        Claim c = claimAt(163, "信访事务预算");
        assertThat(c.amount()).contains(Amount.of(new BigDecimal("672"), WAN, 0));
        assertThat(c.direction()).contains(Direction.INCREASE);
        assertThat(c.change()).contains(Amount.of(new BigDecimal("555"), WAN, 0));
        assertThat(c.signedChange()).contains(Amount.of(new BigDecimal("555"), WAN, 0));
        assertThat(c.percent()).contains(Percentage.of(new BigDecimal("474"), 0));
    }

    @Test
    void threePublicExpensesAreStatedToOneDecimal() {
        Claim c = claimAt(201, "“三公”经费预算");
        assertThat(c.amount()).contains(Amount.of(new BigDecimal("6.1"), WAN, 1));
        assertThat(c.amount().orElseThrow().precision().decimals()).isEqualTo(1);
        assertThat(c.direction()).contains(Direction.INCREASE);
        assertThat(c.change()).contains(Amount.of(new BigDecimal("1.5"), WAN, 1));
        assertThat(c.percent()).contains(Percentage.of(new BigDecimal("32"), 0));
    }

    @Test
    void administrativeOperationGrew3By7Percent() {
        Claim c = claimAt(333, "机关运行经费财政拨款预算");
        assertThat(c.amount()).contains(Amount.of(new BigDecimal("44"), WAN, 0));
        assertThat(c.direction()).contains(Direction.INCREASE);
        assertThat(c.change()).contains(Amount.of(new BigDecimal("3"), WAN, 0));
        assertThat(c.percent()).contains(Percentage.of(new BigDecimal("7"), 0));
    }

    @Test
    void overseasTravelIsFlat() {
        Claim c = claimAt(209, "因公出国（境）费用");
        assertThat(c.kind()).isEqualTo(Kind.CHANGE);
        assertThat(c.direction()).contains(Direction.FLAT);
        assertThat(c.comparisonYear()).contains(FiscalYear.of(2022));
        assertThat(c.amount()).contains(Amount.of(BigDecimal.ZERO, WAN, 0));
        // 与 2022 年预算持平: no change amount and no percent are printed.
        assertThat(c.change()).isEmpty();
        assertThat(c.signedChange()).isEmpty();
        assertThat(c.percent()).isEmpty();
    }

    @Test
    void countsCarryTheirCounterWords() {
        Map<String, Long> words = DOC.allClaims().stream().filter(c -> c.kind() == Kind.COUNT)
                .collect(Collectors.groupingBy(Claim::countUnit, TreeMap::new, Collectors.counting()));
        // 人: 8 + 8 + 6 staff counts; 家: lines 33, 179, 253, 361; 辆: 207, 235, 241, 341, 347;
        // 台（套）: 343, 345, 351 ×2; 个: 265.
        assertThat(words).isEqualTo(new TreeMap<>(Map.of("人", 22L, "家", 4L, "辆", 5L, "台（套）", 4L, "个", 1L)));
    }

    private static Claim claimAt(int line, String subject) {
        List<Claim> found = DOC.allClaims().stream()
                .filter(c -> c.line() == line && c.subject().equals(subject)).toList();
        assertThat(found).as("claim %s at line %d", subject, line).hasSize(1);
        return found.get(0);
    }

    /** The claim's first printed number: its amount, else its change, else its count. */
    private static String firstFigure(Claim c) {
        if (c.amount().isPresent()) {
            return SeedText.printedNumber(c.amount().get().value());
        }
        if (c.change().isPresent()) {
            return SeedText.printedNumber(c.change().get().value());
        }
        return c.count().orElseThrow().toPlainString();
    }

    private static List<String> numbersOn(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
