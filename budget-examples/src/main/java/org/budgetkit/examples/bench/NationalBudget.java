package org.budgetkit.examples.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.FundSource;

/**
 * The generated national view of the roll-up benchmark, the same in every fork and for every
 * contender: 1,000 budget units × 125 function 项 × 20 economic 款 × 4 fund sources =
 * 10,000,000 facts, unit by unit, then 项, 款 and fund source (the order a unit's tables are
 * read in). Amounts are whole fen (0 to 1,000,000.00 元) drawn from the fact's index by a fixed
 * mixing function, so any fact's amount can be recomputed without storing it. No floating
 * point anywhere.
 *
 * <p>The 项 codes are 125 codes of the 2023 function classification in 20 款 of 8 类 (一般公共服务,
 * 公共安全, 教育, 文化旅游体育与传媒, 社会保障和就业, 卫生健康, 城乡社区, 住房保障); the 款 codes are
 * 20 economic-classification 款 in 4 类 (301 工资福利支出, 302 商品和服务支出, 303 对个人和家庭的补助,
 * 310 资本性支出).
 */
final class NationalBudget {
    static final int UNITS = 1_000;
    static final int FUNDS = 4;

    /** 款 → its 项 suffixes: 01 行政运行, 02 一般行政管理事务, 03 机关服务, 50 事业运行, 99 其他 … */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("20101", "01 02 03 04 05 06 50 99");
        SECTIONS.put("20103", "01 02 03 04 05 08 50 99");
        SECTIONS.put("20104", "01 02 03 04 08 50 99");
        SECTIONS.put("20105", "01 02 03 04 05 07 50 99");
        SECTIONS.put("20106", "01 02 03 07 08 50 99");
        SECTIONS.put("20111", "01 02 03 04 06 50 99");
        SECTIONS.put("20402", "01 02 03 19 20 21 50 99");
        SECTIONS.put("20406", "01 02 03 04 10 50 99");
        SECTIONS.put("20501", "01 02 03 99");
        SECTIONS.put("20502", "01 02 03 04 05 99");
        SECTIONS.put("20701", "01 02 03 04 05 06 08 99");
        SECTIONS.put("20801", "01 02 03 04 05 06 07 09 99");
        SECTIONS.put("20802", "01 02 06 07 08 99");
        SECTIONS.put("20805", "01 02 05 06 07 99");
        SECTIONS.put("21001", "01 02 03 99");
        SECTIONS.put("21004", "01 02 03 08 09 99");
        SECTIONS.put("21011", "01 02 03 99");
        SECTIONS.put("21201", "01 02 03 04 05 06 99");
        SECTIONS.put("21203", "03 99");
        SECTIONS.put("22102", "01 02 03");
    }

    static final List<FunctionCode> FUNCTION_ITEMS;
    static final List<EconomicCode> ECONOMIC_ITEMS = codes(EconomicCode::parse,
            "30101 30102 30103 30107 30108 30109 30110 30112 30113 30201 30205 30206 30207 30211 30216 30217"
                    + " 30302 30305 31002 31003");
    static final List<FundSource> FUND_SOURCES = List.of(FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND_BUDGET, FundSource.FISCAL_SPECIAL_ACCOUNT, FundSource.UNIT_FUNDS);

    static {
        List<FunctionCode> items = new ArrayList<>();
        SECTIONS.forEach((section, suffixes) -> {
            for (String s : suffixes.split(" ")) {
                items.add(FunctionCode.parse(section + s));
            }
        });
        FUNCTION_ITEMS = List.copyOf(items);
    }

    static final int FUNCTIONS = FUNCTION_ITEMS.size();
    static final int ECONOMICS = ECONOMIC_ITEMS.size();
    static final int FACTS_PER_UNIT = FUNCTIONS * ECONOMICS * FUNDS;
    static final int FACTS = UNITS * FACTS_PER_UNIT;

    static {
        if (FUNCTIONS != 125 || ECONOMICS != 20 || FACTS != 10_000_000) {
            throw new AssertionError(FUNCTIONS + " 项 × " + ECONOMICS + " 款: " + FACTS + " facts");
        }
    }

    private NationalBudget() {
    }

    private static <C> List<C> codes(java.util.function.Function<String, C> parse, String digits) {
        List<C> out = new ArrayList<>();
        for (String d : digits.split(" ")) {
            out.add(parse.apply(d));
        }
        return List.copyOf(out);
    }

    /** @return the budget unit with this number: 40 counties' departments, 25 each */
    static BudgetUnit unit(int u) {
        return BudgetUnit.unit("第" + (u / 25) + "县财政部门", "第" + u + "预算单位");
    }

    static int unitOf(int fact) {
        return fact / FACTS_PER_UNIT;
    }

    static int functionOf(int fact) {
        return fact / (ECONOMICS * FUNDS) % FUNCTIONS;
    }

    static int economicOf(int fact) {
        return fact / FUNDS % ECONOMICS;
    }

    static int fundOf(int fact) {
        return fact % FUNDS;
    }

    /** @return the amount of a fact in fen, from 0 to 100,000,000 (1,000,000.00 元) */
    static long fen(int fact) {
        long z = fact * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return Long.remainderUnsigned(z, 100_000_001L);
    }

    /** @return the integer form of a code, for the SQL table: 2010301 */
    static int digits(Object code) {
        return Integer.parseInt(code.toString());
    }
}
