package org.budgetkit.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;

/**
 * Small random budget documents built on a random function tree (1–4 类, 1–3 款 each, 0–3 项
 * each), for property tests: a 支出总表 (表3, department rows) and a 一般公共预算支出表 by function
 * (表7, department row, then the 本级 unit's rows), basic and project amounts drawn as exact
 * values with 4 decimals (in 万元), parents summed exactly, then printed exactly or rounded.
 * Deterministic for a seed. (The shared generators of the budget-model test jar may replace it.)
 */
final class TreeDocuments {
    static final String DEPARTMENT = "生成部门";
    private static final String[] CLASSES = {"201", "205", "208", "210", "213", "221", "224"};

    private TreeDocuments() {
    }

    /** How the exact values are printed. */
    record Printing(int decimals, RoundingMode mode, RoundingConvention convention) {
        static Printing exact() {
            return new Printing(4, RoundingMode.UNNECESSARY, RoundingConvention.HALF);
        }
    }

    /** A generated document and, for each leaf row of 表3, its parent's number of children. */
    record Generated(Document document, Map<String, Integer> leafSiblings, BigDecimal step) {
    }

    static Generated generate(long seed, Printing printing) {
        Random r = new Random(seed);
        List<String> classes = new ArrayList<>(List.of(CLASSES));
        java.util.Collections.shuffle(classes, r);
        Map<String, List<String>> children = new LinkedHashMap<>();
        children.put("", new ArrayList<>());
        int nClasses = 1 + r.nextInt(4);
        for (int i = 0; i < nClasses; i++) {
            String c = classes.get(i);
            children.get("").add(c);
            children.put(c, new ArrayList<>());
            int nSections = 1 + r.nextInt(3);
            for (int j = 1; j <= nSections; j++) {
                String s = c + "0" + j;
                children.get(c).add(s);
                children.put(s, new ArrayList<>());
                int nItems = r.nextInt(4);
                for (int k = 1; k <= nItems; k++) {
                    String item = s + "0" + k;
                    children.get(s).add(item);
                    children.put(item, new ArrayList<>());
                }
            }
        }
        Map<String, BigDecimal[]> values = new LinkedHashMap<>();
        Map<String, Integer> leafSiblings = new LinkedHashMap<>();
        fill("", children, values, r, leafSiblings, 0);
        Document.Builder doc = Document.builder(DEPARTMENT, FiscalYear.of(2023), Phase.BUDGET)
                .source("generated-" + seed).convention(printing.convention());
        BudgetUnit own = doc.addUnit(DEPARTMENT);
        Coordinates deptRow = Coordinates.empty().with(Dimension.UNIT, doc.department());
        Coordinates ownRow = Coordinates.empty().with(Dimension.UNIT, own);
        String zero = print(BigDecimal.ZERO, printing);
        Table.Builder t3 = doc.table(Templates.SHENZHEN_EXPENDITURE_SUMMARY, "表3", "支出总表", AmountUnit.TEN_THOUSAND_YUAN,
                1, 0);
        int line = 10;
        for (Map.Entry<String, BigDecimal[]> e : values.entrySet()) {
            Coordinates c = e.getKey().isEmpty() ? deptRow
                    : deptRow.with(Dimension.FUNCTION, FunctionCode.parse(e.getKey()));
            BigDecimal[] v = e.getValue();
            t3.row(e.getKey().isEmpty() ? DEPARTMENT : e.getKey(), e.getKey(), c, line++,
                    print(v[0].add(v[1]), printing) + " " + print(v[0], printing) + " " + print(v[1], printing) + " "
                            + zero + " " + zero + " " + zero);
        }
        Table.Builder t7 = doc.table(Templates.SHENZHEN_GENERAL_BUDGET_BY_FUNCTION, "表7", "一般公共预算支出表（按功能分类）",
                AmountUnit.TEN_THOUSAND_YUAN, line++, 0);
        BigDecimal[] total = values.get("");
        String totals = print(total[0].add(total[1]), printing) + " " + print(total[0], printing) + " "
                + print(total[1], printing);
        t7.row(DEPARTMENT, "", deptRow, line++, totals);
        t7.row(DEPARTMENT, "", ownRow, line++, totals);
        for (Map.Entry<String, BigDecimal[]> e : values.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            BigDecimal[] v = e.getValue();
            t7.row(e.getKey(), e.getKey(), ownRow.with(Dimension.FUNCTION, FunctionCode.parse(e.getKey())), line++,
                    print(v[0].add(v[1]), printing) + " " + print(v[0], printing) + " " + print(v[1], printing));
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(printing.decimals());
        return new Generated(doc.build(), leafSiblings, step);
    }

    /** Exact basic and project values of a node: drawn at a leaf, summed above. */
    private static BigDecimal[] fill(String node, Map<String, List<String>> children, Map<String, BigDecimal[]> values,
            Random r, Map<String, Integer> leafSiblings, int siblings) {
        BigDecimal[] v = {BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4)};
        values.put(node, v);
        List<String> kids = children.get(node);
        if (kids.isEmpty()) {
            v[0] = r.nextInt(5) == 0 ? v[0] : BigDecimal.valueOf(r.nextInt(10_000_000), 4);
            v[1] = r.nextInt(5) == 0 ? v[1] : BigDecimal.valueOf(r.nextInt(10_000_000), 4);
            leafSiblings.put(node, siblings);
            return v;
        }
        for (String k : kids) {
            BigDecimal[] kv = fill(k, children, values, r, leafSiblings, kids.size());
            v[0] = v[0].add(kv[0]);
            v[1] = v[1].add(kv[1]);
        }
        return v;
    }

    private static String print(BigDecimal exact, Printing p) {
        return exact.setScale(p.decimals(), p.mode()).toPlainString();
    }

    /** The 表3 fact of a leaf row in a column. */
    static Fact leafFact(Document doc, String code, String column) {
        return doc.facts().inTable("表3").stream()
                .filter(f -> f.provenance().row().equals(code) && f.provenance().column().equals(column)).findFirst()
                .orElseThrow();
    }
}
