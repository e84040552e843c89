package org.budgetkit.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;

/**
 * Deterministic documents shaped like the seed (a Shenzhen district department budget), for
 * benchmarks: a random function tree (4 类, 1–3 款, 1–3 项) with basic and project amounts drawn
 * exactly in yuan, basic and project expenditure split over economic categories, and eight of
 * the seed's tables (收支总表, 收入总表, 支出总表, 基本支出总表, 项目支出总表, the two 一般公共预算支出表 and
 * the performance table), printed in whole 万元 (two decimals in the performance table) rounded
 * half-up, so that the real rounding gaps of the seed occur. About 700–900 facts each. Benchmarks
 * cannot see test jars, hence this lives in main code. Stateless.
 */
public final class SeedSizedDocuments {
    private static final String DEPT = "生成局";
    private static final String[] CLASSES = {"201", "204", "205", "207", "208", "210", "212", "213", "221"};
    private static final String[] BASIC_ECONOMIC = {"30101", "30102", "30103", "30108", "30109", "30110", "30113",
        "30199", "30201", "30202", "30207", "30211", "30217", "30228", "30231", "30239", "30299", "30305"};
    private static final String[] PROJECT_ECONOMIC = {"30201", "30211", "30226", "30227", "30229", "30299", "31002",
        "31022"};

    private SeedSizedDocuments() {
    }

    /**
     * A set of documents.
     *
     * @param count how many
     * @param seed the seed of the first; document {@code i} uses {@code seed + i}
     * @return the documents, never null
     */
    public static List<Document> generate(int count, long seed) {
        List<Document> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(generate(seed + i));
        }
        return out;
    }

    /**
     * One document.
     *
     * @param seed the seed
     * @return the document, never null
     */
    public static Document generate(long seed) {
        Random r = new Random(seed);
        // Function tree with exact yuan at the leaves: {basic, project}.
        Map<String, long[]> fn = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>(List.of(CLASSES));
        java.util.Collections.shuffle(classes, r);
        List<String> leaves = new ArrayList<>();
        for (String c : classes.subList(0, 4)) {
            fn.put(c, new long[2]);
            int sections = 1 + r.nextInt(3);
            for (int s = 1; s <= sections; s++) {
                String sec = c + String.format("%02d", s);
                fn.put(sec, new long[2]);
                int items = 1 + r.nextInt(3);
                for (int i = 1; i <= items; i++) {
                    String item = sec + String.format("%02d", i);
                    long basic = r.nextInt(4) == 0 ? 0 : r.nextInt(3_000_000);
                    long project = r.nextInt(2) == 0 ? 0 : r.nextInt(5_000_000);
                    fn.put(item, new long[] {basic, project});
                    leaves.add(item);
                }
            }
        }
        long basicTotal = 0;
        long projectTotal = 0;
        for (String leaf : leaves) {
            long[] v = fn.get(leaf);
            basicTotal += v[0];
            projectTotal += v[1];
            for (String p = parent(leaf); p != null; p = parent(p)) {
                fn.get(p)[0] += v[0];
                fn.get(p)[1] += v[1];
            }
        }
        // Economic categories: basic and project split at random, parents summed.
        Map<String, long[]> ec = new LinkedHashMap<>();
        split(ec, BASIC_ECONOMIC, basicTotal, 0, r);
        split(ec, PROJECT_ECONOMIC, projectTotal, 1, r);
        Map<String, long[]> economic = new java.util.TreeMap<>();
        for (Map.Entry<String, long[]> e : ec.entrySet()) {
            String cls = e.getKey().substring(0, 3);
            economic.computeIfAbsent(cls, k -> new long[2]);
            economic.get(cls)[0] += e.getValue()[0];
            economic.get(cls)[1] += e.getValue()[1];
            economic.put(e.getKey(), e.getValue());
        }
        long total = basicTotal + projectTotal;

        Document.Builder doc = Document.builder(DEPT, FiscalYear.of(2023), Phase.BUDGET).source("generated-" + seed);
        BudgetUnit own = doc.addUnit(DEPT);
        Coordinates dept = Coordinates.empty().with(Dimension.UNIT, doc.department());
        Coordinates ownRow = Coordinates.empty().with(Dimension.UNIT, own);
        AmountUnit wan = AmountUnit.TEN_THOUSAND_YUAN;
        int[] line = {1};

        Table.Builder t1 = doc.table(Templates.SHENZHEN_BUDGET_SUMMARY, "表1", "收支总表", wan, line[0]++, 0);
        FundSource[] revenue = {FundSource.GOVERNMENT_BUDGET, FundSource.GENERAL_PUBLIC_BUDGET,
            FundSource.GOVERNMENT_FUND_BUDGET, FundSource.STATE_CAPITAL_BUDGET, FundSource.FISCAL_SPECIAL_ACCOUNT,
            FundSource.UNIT_FUNDS, FundSource.BUSINESS_INCOME, FundSource.OPERATING_INCOME,
            FundSource.SUPERIOR_SUBSIDY, FundSource.SUBORDINATE_REMITTANCE, FundSource.OTHER_INCOME,
            FundSource.CURRENT_YEAR, FundSource.PRIOR_YEAR_BALANCE};
        for (FundSource s : revenue) {
            boolean appropriated = s == FundSource.GOVERNMENT_BUDGET || s == FundSource.GENERAL_PUBLIC_BUDGET
                    || s == FundSource.CURRENT_YEAR;
            t1.row(s.chineseName(), "", Coordinates.empty().with(Dimension.FUND_SOURCE, s), line[0]++, 0,
                    wan(appropriated ? total : 0));
        }
        t1.row("收入总计", "", Coordinates.empty(), line[0]++, 0, wan(total));
        for (Map.Entry<String, long[]> e : fn.entrySet()) {
            t1.row(e.getKey(), "", flow(Flow.EXPENDITURE).merge(fnc(e.getKey())), line[0]++, 1,
                    wan(e.getValue()[0] + e.getValue()[1]));
        }
        t1.row("本年支出合计", "", flow(Flow.EXPENDITURE), line[0]++, 1, wan(total));
        t1.row("结转下年", "", flow(Flow.CARRY_FORWARD), line[0]++, 1, wan(0));
        t1.row("支出总计", "", flow(Flow.USES), line[0]++, 1, wan(total));

        Table.Builder t2 = doc.table(Templates.SHENZHEN_REVENUE_SUMMARY, "表2", "收入总表", wan, line[0]++, 0);
        String revenueRow = wan(total) + " " + wan(total) + " " + wan(basicTotal) + " " + wan(projectTotal)
                + " 0 0 0 0 0 0 0 0 0 0 0";
        t2.row(DEPT, "", dept, line[0]++, revenueRow);
        t2.row(DEPT, "", ownRow, line[0]++, revenueRow);

        Table.Builder t3 = doc.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", wan, line[0]++, 0);
        t3.row(DEPT, "", dept, line[0]++, wan(total) + " " + wan(basicTotal) + " " + wan(projectTotal) + " 0 0 0");
        for (Map.Entry<String, long[]> e : fn.entrySet()) {
            long[] v = e.getValue();
            t3.row(e.getKey(), e.getKey(), dept.merge(fnc(e.getKey())), line[0]++,
                    wan(v[0] + v[1]) + " " + wan(v[0]) + " " + wan(v[1]) + " 0 0 0");
        }

        Table.Builder t4 = doc.table(Templates.SHENZHEN_BASIC_EXPENDITURE, "表4", "基本支出总表", wan, line[0]++, 0);
        String zeros9 = " 0 0 0 0 0 0 0 0 0";
        t4.row(DEPT, "", dept, line[0]++, triple(basicTotal) + zeros9);
        t4.row(DEPT, "", ownRow, line[0]++, triple(basicTotal) + zeros9);
        for (Map.Entry<String, long[]> e : economic.entrySet()) {
            if (e.getKey().startsWith("3") && (e.getValue()[0] != 0 || e.getKey().length() == 3)
                    && !e.getKey().startsWith("310")) {
                t4.row(e.getKey(), "", ownRow.merge(ecc(e.getKey())), line[0]++, triple(e.getValue()[0]) + zeros9);
            }
        }

        Table.Builder t5 = doc.table(Templates.SHENZHEN_PROJECT_EXPENDITURE, "表5", "项目支出总表", wan, line[0]++, 0);
        String zeros11 = " 0 0 0 0 0 0 0 0 0 0 0";
        t5.row(DEPT, "", dept, line[0]++, triple(projectTotal) + zeros11);
        t5.row(DEPT, "", ownRow, line[0]++, triple(projectTotal) + zeros11);
        for (String leaf : leaves) {
            long p = fn.get(leaf)[1];
            if (p != 0) {
                t5.row(leaf, "", ownRow.merge(fnc(leaf)), line[0]++, triple(p) + zeros11);
            }
        }

        Table.Builder t7 = doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "一般公共预算支出表（按功能分类）",
                wan, line[0]++, 0);
        String totals = wan(total) + " " + wan(basicTotal) + " " + wan(projectTotal);
        t7.row(DEPT, "", dept, line[0]++, totals);
        t7.row(DEPT, "", ownRow, line[0]++, totals);
        for (Map.Entry<String, long[]> e : fn.entrySet()) {
            long[] v = e.getValue();
            t7.row(e.getKey(), e.getKey(), ownRow.merge(fnc(e.getKey())), line[0]++,
                    wan(v[0] + v[1]) + " " + wan(v[0]) + " " + wan(v[1]));
        }

        Table.Builder t8 = doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_ECONOMIC, "表8", "一般公共预算支出表（按经济分类）",
                wan, line[0]++, 0);
        t8.row(DEPT, "", dept, line[0]++, totals);
        t8.row(DEPT, "", ownRow, line[0]++, totals);
        for (Map.Entry<String, long[]> e : economic.entrySet()) {
            long[] v = e.getValue();
            t8.row(e.getKey(), e.getKey(), ownRow.merge(ecc(e.getKey())), line[0]++,
                    wan(v[0] + v[1]) + " " + wan(v[0]) + " " + wan(v[1]));
        }

        Table.Builder t12 = doc.table(Templates.SHENZHEN_PERFORMANCE_TARGETS, "表12", "部门整体支出绩效目标表", wan,
                line[0]++, 0);
        t12.row("基本支出", "", Coordinates.empty().with(Dimension.NATURE, Nature.BASIC), line[0]++,
                cents(basicTotal) + " " + cents(basicTotal) + " 0");
        for (String leaf : leaves) {
            long p = fn.get(leaf)[1];
            if (p != 0) {
                t12.row(leaf, "", fnc(leaf).with(Dimension.NATURE, Nature.PROJECT), line[0]++,
                        cents(p) + " " + cents(p) + " 0");
            }
        }
        t12.row("金额合计", "", Coordinates.empty(), line[0]++, cents(total) + " " + cents(total) + " 0");
        return doc.build();
    }

    private static void split(Map<String, long[]> into, String[] codes, long amount, int column, Random r) {
        long left = amount;
        for (int i = 0; i < codes.length; i++) {
            long part = i == codes.length - 1 ? left : left == 0 ? 0 : (long) r.nextInt(1 + (int) Math.min(
                    Integer.MAX_VALUE - 1, left * 2 / (codes.length - i)));
            part = Math.min(part, left);
            left -= part;
            into.computeIfAbsent(codes[i], k -> new long[2])[column] += part;
        }
    }

    private static String parent(String code) {
        return code.length() > 3 ? code.substring(0, code.length() - 2) : null;
    }

    private static String wan(long yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(4).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String cents(long yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String triple(long yuan) {
        String w = wan(yuan);
        return w + " " + w + " " + w;
    }

    private static Coordinates flow(Flow f) {
        return Coordinates.empty().with(Dimension.FLOW, f);
    }

    private static Coordinates fnc(String code) {
        return Coordinates.empty().with(Dimension.FUNCTION, FunctionCode.parse(code));
    }

    private static Coordinates ecc(String code) {
        return Coordinates.empty().with(Dimension.ECONOMIC, EconomicCode.parse(code));
    }
}
