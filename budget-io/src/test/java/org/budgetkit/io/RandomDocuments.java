package org.budgetkit.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.Phase;
import org.budgetkit.model.dimension.Project;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.PerformanceIndicator;
import org.budgetkit.model.document.Table;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Percentage;
import org.budgetkit.model.money.Precision;
import org.budgetkit.model.money.RoundingConvention;

/**
 * Random documents and fact sets from a seed, built only through the model's public API:
 * tables through templates and printed figures (so their facts are what a reader of the
 * published document would make), extra facts of any unit and precision (exact, nil, negative
 * decimals, 38 digits), claims of every kind with nested parts, indicators, and text that is
 * hostile to CSV and spreadsheets ({@code =1+2}, quotes, commas, tabs, CR, leading apostrophes,
 * full-width spaces, emoji). Amounts are made from integers and powers of ten: never a double.
 */
public final class RandomDocuments {
    private static final String[] SAFE = {"一般公共服务支出", "行政运行", "信访事务", "abc", "A1", "表", "（一）", "1.",
        "x y", "中文", "其中：", "项目", "深圳"};
    private static final String[] HOSTILE = {"=1+2", "+SUM(A1)", "-3", "@cmd", "\tTAB", "\rCR", "'quoted", "\"q\"",
        "a,b", "#hash", " lead", "trail ", "😀", "\u3000全角", "—", ",", "\"", "''", "=HYPERLINK(\"x\")", "\r\n"};
    private static final String[] FUNCTIONS = {"201", "20103", "2010301", "2010302", "2010308", "2010399", "208",
        "20805", "2080505", "2080506", "210", "21011", "2101101", "221", "22102", "2210201", "2210203", "299",
        "29999", "2999999"};
    private static final String[] ECONOMICS = {"301", "30101", "30102", "302", "30201", "303", "310", "31002", "501",
        "50101", "502"};

    private final SplittableRandom random;
    private final boolean hostile;

    private RandomDocuments(long seed, boolean hostile) {
        this.random = new SplittableRandom(seed);
        this.hostile = hostile;
    }

    /**
     * A random document.
     *
     * @param seed the seed
     * @param hostile whether text may be hostile to CSV and spreadsheets
     * @return the document
     */
    public static Document document(long seed, boolean hostile) {
        return new RandomDocuments(seed, hostile).document();
    }

    /**
     * Random facts, each with its own provenance.
     *
     * @param seed the seed
     * @param size how many
     * @param hostile whether text may be hostile
     * @return the facts
     */
    public static FactSet facts(long seed, int size, boolean hostile) {
        RandomDocuments r = new RandomDocuments(seed, hostile);
        List<Fact> out = new ArrayList<>();
        BudgetUnit dept = BudgetUnit.department(r.name());
        for (int i = 0; i < size; i++) {
            out.add(r.fact(dept, r.year(), i));
        }
        return FactSet.of(out);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Text of one line (no LF; CR only when hostile). */
    String text() {
        int n = random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(hostile && chance(40) ? pick(HOSTILE) : pick(SAFE));
        }
        return out.toString().replace("\n", "");
    }

    /** A name: non-blank, one line, no slash, no surrounding white space. */
    String name() {
        String s = text().replace("/", "").strip();
        return s.isEmpty() ? pick(SAFE) : s;
    }

    private FiscalYear year() {
        return FiscalYear.of(2015 + random.nextInt(16));
    }

    private Amount amount() {
        AmountUnit unit = pick(AmountUnit.values());
        int kind = random.nextInt(10);
        if (kind == 0) {
            return Amount.nil(unit);
        }
        BigInteger unscaled = kind == 1 ? new BigInteger(120, new java.util.Random(random.nextLong()))
                : BigInteger.valueOf(random.nextLong(1_000_000_000_000L));
        if (chance(20)) {
            unscaled = unscaled.negate();
        }
        if (unscaled.toString().replace("-", "").length() > 30) {
            unscaled = new BigInteger(unscaled.toString().substring(0, 30));
        }
        if (kind == 2) {
            return Amount.exact(new BigDecimal(unscaled, random.nextInt(5)), unit);
        }
        int decimals = random.nextInt(-6, 7);
        BigDecimal value = decimals >= 0 ? new BigDecimal(unscaled, decimals)
                : new BigDecimal(unscaled).scaleByPowerOfTen(-decimals);
        return Amount.of(value, unit, Precision.decimals(decimals));
    }

    /** A figure as a table prints it, with the precision its decimals give. */
    private String figure() {
        if (chance(8)) {
            return "—";
        }
        long v = random.nextLong(100_000_000L);
        int decimals = random.nextInt(3);
        String s = new BigDecimal(BigInteger.valueOf(v), decimals).toPlainString();
        return chance(15) ? "-" + s : s;
    }

    private Coordinates someCoordinates(Set<Dimension<?>> excluded) {
        Coordinates c = Coordinates.empty();
        for (Dimension<?> d : Dimension.all()) {
            if (!excluded.contains(d) && d != Dimension.UNIT && d != Dimension.YEAR && chance(25)) {
                c = withRandom(c, d);
            }
        }
        return c;
    }

    private Coordinates withRandom(Coordinates c, Dimension<?> d) {
        if (d == Dimension.UNIT) {
            return c.with(Dimension.UNIT, chance(50) ? BudgetUnit.department(name())
                    : BudgetUnit.unit(name(), name()));
        } else if (d == Dimension.FLOW) {
            return c.with(Dimension.FLOW, pick(Flow.values()));
        } else if (d == Dimension.YEAR) {
            return c.with(Dimension.YEAR, year());
        } else if (d == Dimension.FUNCTION) {
            return c.with(Dimension.FUNCTION, FunctionCode.parse(pick(FUNCTIONS)));
        } else if (d == Dimension.ECONOMIC) {
            return c.with(Dimension.ECONOMIC, EconomicCode.parse(pick(ECONOMICS)));
        } else if (d == Dimension.FUND_SOURCE) {
            return c.with(Dimension.FUND_SOURCE, pick(FundSource.values()));
        } else if (d == Dimension.NATURE) {
            return c.with(Dimension.NATURE, pick(Nature.values()));
        } else if (d == Dimension.ITEM) {
            return c.with(Dimension.ITEM, pick(SpecialItem.values()));
        } else if (d == Dimension.PROJECT) {
            return c.with(Dimension.PROJECT, new Project(name()));
        }
        return c.with(Dimension.MEASURE, pick(Measure.values()));
    }

    private Fact fact(BudgetUnit department, FiscalYear year, int index) {
        Coordinates c = someCoordinates(Set.of()).with(Dimension.UNIT, chance(70) ? department
                : BudgetUnit.unit(department.name(), name())).with(Dimension.YEAR, chance(80) ? year : year())
                .with(Dimension.FLOW, pick(Flow.values()));
        String table = chance(50) ? "" : "附表" + text();
        Provenance p = new Provenance(chance(10) ? text() + "\n" + text() : text(), table, text() + "·" + index,
                text(), random.nextInt(0, 100_000), random.nextInt(0, 1_000));
        return Fact.of(amount(), c, p);
    }

    private Document document() {
        FiscalYear year = year();
        Document.Builder b = Document.builder(name(), year, pick(Phase.values()))
                .source(chance(20) ? "" : text() + ".txt").title(text()).unit(pick(AmountUnit.values()))
                .convention(pick(RoundingConvention.values()));
        for (int i = random.nextInt(3); i > 0; i--) {
            b.addUnit(name());
        }
        int tables = random.nextInt(5);
        for (int t = 1; t <= tables; t++) {
            table(b, t);
        }
        for (int i = random.nextInt(8); i > 0; i--) {
            b.fact(fact(b.department(), year, 1_000 + i));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            b.claim(claim(2));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.indicator(new PerformanceIndicator("表" + random.nextInt(20), text(), text(), name(), text(),
                    random.nextInt(2_000)));
        }
        return b.build();
    }

    private void table(Document.Builder b, int number) {
        TableTemplate template = pick(Templates.all());
        String printed = (hostile && chance(20) ? "=" : "") + "表" + number;
        Table.Builder t = b.table(template, printed, text(), pick(AmountUnit.values()), random.nextInt(5_000),
                random.nextInt(50));
        int columns = template.columns().size();
        for (int r = random.nextInt(1, 7); r > 0; r--) {
            int first = random.nextInt(columns);
            int count = random.nextInt(1, columns - first + 1);
            Set<Dimension<?>> set = new HashSet<>(template.base().dimensions());
            boolean someFlow = false;
            boolean allFlow = true;
            for (int i = first; i < first + count; i++) {
                List<Dimension<?>> ds = template.column(i).coordinates().dimensions();
                set.addAll(ds);
                someFlow |= ds.contains(Dimension.FLOW);
                allFlow &= ds.contains(Dimension.FLOW);
            }
            if (!template.base().has(Dimension.FLOW) && someFlow && !allFlow) {
                count = 1;
                set = new HashSet<>(template.base().dimensions());
                set.addAll(template.column(first).coordinates().dimensions());
            }
            Coordinates row = someCoordinates(set);
            if (!set.contains(Dimension.FLOW) && !row.has(Dimension.FLOW)) {
                row = row.with(Dimension.FLOW, pick(Flow.values()));
            }
            if (!set.contains(Dimension.UNIT) && chance(40)) {
                row = withRandom(row, Dimension.UNIT);
            }
            StringBuilder figures = new StringBuilder();
            for (int i = 0; i < count; i++) {
                figures.append(i == 0 ? "" : " ").append(figure());
            }
            t.page(random.nextInt(50));
            t.row(text() + "#" + r, chance(50) ? "" : pick(FUNCTIONS), row, random.nextInt(5_000), first,
                    figures.toString());
        }
        for (int u = random.nextInt(3); u > 0; u--) {
            t.page(random.nextInt(50));
            String text = text();
            t.unplaced(text(), template.column(random.nextInt(columns)).label(), text.isEmpty() ? "1,877" : text,
                    random.nextInt(5_000));
        }
        t.build();
    }

    private Claim claim(int depth) {
        Claim.Kind kind = pick(Claim.Kind.values());
        FiscalYear year = year();
        Claim.Builder c = Claim.builder(kind, name(), year).coordinates(someCoordinates(Set.of()));
        switch (kind) {
            case AMOUNT -> c.amount(amount());
            case CHANGE -> {
                if (chance(50)) {
                    c.amount(amount());
                }
                Amount size = chance(30) ? null : amount();
                if (size != null && size.isNegative()) {
                    size = size.negated();
                }
                c.change(year.previous(), pick(Claim.Direction.values()), size, chance(40) ? null : percent());
            }
            case SHARE -> {
                if (chance(50)) {
                    c.amount(amount());
                }
                c.share(someCoordinates(Set.of()), percent());
            }
            case COUNT -> c.count(BigDecimal.valueOf(random.nextInt(1_000)), pick(new String[] {"人", "家", "辆", ""}));
        }
        if (depth > 0) {
            for (int i = random.nextInt(3); i > 0; i--) {
                c.part(claim(depth - 1));
            }
        }
        c.source(chance(10) ? text() + "\n" + text() : text(), random.nextInt(2_000));
        return c.build();
    }

    private Percentage percent() {
        int decimals = random.nextInt(3);
        return Percentage.of(new BigDecimal(BigInteger.valueOf(random.nextLong(100_000)), decimals), decimals);
    }

}
