package org.budgetkit.model.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Relation;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.RoundingConvention;

/**
 * A generated department budget whose truth is known: exact atomic values ({@link #cells()})
 * of a random department (1–3 units) on a random function tree of a bundled classification
 * edition, split into basic and project expenditure, economic 款 and fund sources, with
 * 政府采购 and "三公"经费 parts; and the tables a Shenzhen disclosure prints of them — 表1
 * 收支总表, 表2 收入总表, 表3 支出总表, 表4 基本支出总表, 表7/表8 一般公共预算支出表 by function and by
 * economic category, 表9 "三公"经费支出表 — written through {@code Templates.SHENZHEN_*}.
 *
 * <p>{@code ConsistentDocument.of(new DocumentShape(2, 2024, 6, 3, 0), RoundingMode.HALF_EVEN, 42)}
 * gives a document whose {@link #rounded()} figures are the exact sums rounded half-even to
 * whole 万元 (表9 to 0.01 万元), whose {@link #exact()} twin prints the exact sums, and whose
 * {@link #truth(int)} tells the exact value behind each figure.
 *
 * <p>What holds, by construction: in {@link #exact()}, every parent equals the sum of its
 * printed children exactly, along every hierarchy (unit, function, economic, nature, fund
 * source, "三公" items), every "其中" part is at most its whole, 收入总计 = 支出总计 (revenue
 * equals expenditure source by source: nothing is carried forward) and 增减变化金额 is this
 * year's minus last year's; in {@link #rounded()}, each figure's {@linkplain
 * Amount#interval(RoundingConvention) interval} under {@link #convention()} contains its truth,
 * so no summation is inconsistent under interval semantics; every printed figure takes part in
 * at least one summation of its own table, so moving it by {@link #perturb(long) enough}
 * breaks one.
 *
 * <p>Deterministic: equal shape, mode and seed give equal documents, on any JVM
 * ({@link java.util.Random}'s algorithm is specified; nothing depends on hash order).
 * Immutable and thread-safe.
 */
public final class ConsistentDocument {
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;

    /**
     * A copy of {@link #rounded()} with one figure moved.
     *
     * @param document the perturbed document, never null
     * @param index the position of the moved figure in {@code document.facts()}
     * @param original the figure as generated, never null
     * @param perturbed the figure as moved, never null
     */
    public record Perturbation(Document document, int index, Fact original, Fact perturbed) {
        /** Checks the arguments. */
        public Perturbation {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(perturbed, "perturbed");
        }

        /** @return the perturbed figure minus the original, never null */
        public BigDecimal delta() {
            return perturbed.amount().value().subtract(original.amount().value());
        }
    }

    private final DocumentShape shape;
    private final RoundingMode mode;
    private final long seed;
    private final Document rounded;
    private final long[] truths;
    private final List<DocumentWriter.Cell> cellList;
    private final List<org.budgetkit.model.dimension.BudgetUnit> units;
    private volatile Document exact;
    private volatile FactSet cells;

    private ConsistentDocument(DocumentShape shape, RoundingMode mode, long seed) {
        this.shape = shape;
        this.mode = mode;
        this.seed = seed;
        DocumentWriter writer = new DocumentWriter(shape, mode, seed);
        this.rounded = writer.write();
        this.truths = writer.truths();
        this.cellList = List.copyOf(writer.cells());
        this.units = List.copyOf(writer.units());
        if (truths.length != rounded.facts().size()) {
            throw new IllegalStateException(truths.length + " truths for " + rounded.facts().size() + " figures");
        }
    }

    /**
     * Generates a document.
     *
     * @param shape its size and kind, not null
     * @param mode how figures are rounded: {@code HALF_UP}, {@code HALF_DOWN}, {@code HALF_EVEN}
     *     (described by {@link RoundingConvention#HALF}) or {@code DOWN} ({@link RoundingConvention#TRUNCATE})
     * @param seed any number; equal arguments give equal documents
     * @return the document, never null
     * @throws IllegalArgumentException if no rounding convention describes {@code mode} (UP,
     *     CEILING, FLOOR, UNNECESSARY)
     */
    public static ConsistentDocument of(DocumentShape shape, RoundingMode mode, long seed) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(mode, "mode");
        DocumentWriter.convention(mode);
        return new ConsistentDocument(shape, mode, seed);
    }

    /** @return the shape it was generated with, never null */
    public DocumentShape shape() {
        return shape;
    }

    /** @return the rounding mode of its printed figures, never null */
    public RoundingMode mode() {
        return mode;
    }

    /** @return the seed it was generated with */
    public long seed() {
        return seed;
    }

    /**
     * The convention under which each printed figure's interval contains its truth, also set
     * as the {@linkplain Document#convention() document's}: {@code HALF} for the half modes,
     * {@code TRUNCATE} for {@code DOWN}.
     *
     * @return the convention, never null
     */
    public RoundingConvention convention() {
        return rounded.convention();
    }

    /**
     * The document as a disclosure prints it: every figure the exact sum of the cells it covers,
     * rounded with {@link #mode()} to its table's decimals ({@link DocumentShape#decimals()}
     * for 表1–表8, 2 for 表9).
     *
     * @return the document, never null
     */
    public Document rounded() {
        return rounded;
    }

    /**
     * The same tables with every figure exact ({@link Amount#exact}): the truth, unrounded.
     *
     * @return the document, never null
     */
    public Document exact() {
        Document d = exact;
        if (d == null) {
            List<Fact> out = new ArrayList<>(truths.length);
            List<Fact> facts = rounded.facts().asList();
            for (int i = 0; i < truths.length; i++) {
                out.add(facts.get(i).withAmount(Amount.exact(truth(i), WAN)));
            }
            d = rounded.withFacts(FactSet.of(out));
            exact = d;
        }
        return d;
    }

    /**
     * The exact value behind figure {@code index} of {@code rounded().facts()} (and of
     * {@code exact().facts()}), in 万元 with 6 decimals (to the fen).
     *
     * @param index from 0
     * @return the value, never null
     * @throws IndexOutOfBoundsException if there is no such figure
     */
    public BigDecimal truth(int index) {
        return BigDecimal.valueOf(truths[index], DocumentWriter.SCALE);
    }

    /**
     * The exact values behind every figure, in the order of {@code rounded().facts()}.
     *
     * @return the values in 万元, never null
     */
    public List<BigDecimal> truths() {
        return Arrays.stream(truths).mapToObj(t -> BigDecimal.valueOf(t, DocumentWriter.SCALE)).toList();
    }

    /**
     * The atomic exact values every figure is a sum of: one per (unit, 项, 款, nature, fund
     * source leaf), and parts of some of them on the dimension {@code item} (政府采购 货物, 工程,
     * 服务, 其中 中小企业 and 小微企业; "三公"经费 parts, for this year and the last). Exact amounts
     * in 万元, flow {@code EXPENDITURE}, no provenance.
     *
     * @return the cells, never null
     */
    public FactSet cells() {
        FactSet c = cells;
        if (c == null) {
            List<Fact> out = new ArrayList<>(cellList.size());
            for (DocumentWriter.Cell cell : cellList) {
                out.add(Fact.of(Amount.exact(BigDecimal.valueOf(cell.value(), DocumentWriter.SCALE), WAN),
                        cellCoordinates(cell), Provenance.none()));
            }
            c = FactSet.of(out);
            cells = c;
        }
        return c;
    }

    private Coordinates cellCoordinates(DocumentWriter.Cell cell) {
        Coordinates c = Coordinates.empty().with(Dimension.UNIT, units.get(cell.unit()))
                .with(Dimension.FLOW, Flow.EXPENDITURE).with(Dimension.YEAR, FiscalYear.of(cell.year()))
                .with(Dimension.FUNCTION, cell.function()).with(Dimension.ECONOMIC, cell.economic())
                .with(Dimension.NATURE, cell.nature()).with(Dimension.FUND_SOURCE, cell.fund());
        return cell.item() == null ? c : c.with(Dimension.ITEM, cell.item());
    }

    /**
     * The exact value at any coordinates, summed from {@link #cells()} (a plain scan, slow,
     * independent of how the tables were written): the cells whose value on each hierarchical
     * dimension is the one asked or sums into it ({@code COMPONENT} links; 财政拨款合计 and
     * 其他资金 by their leaves); a dimension left out covers every value that sums into the
     * total (so no item means the expenditure itself, not its "其中" parts). Revenue and
     * 支出总计 equal expenditure; 结转下年 is 0; measure {@code CHANGE} is this year's value minus
     * the previous year's.
     *
     * @param coordinates the coordinates, not null, with unit, flow and year
     * @return the value in 万元, never null
     * @throws IllegalArgumentException if unit, flow or year is missing
     */
    public BigDecimal truth(Coordinates coordinates) {
        Objects.requireNonNull(coordinates, "coordinates");
        for (Dimension<?> d : List.of(Dimension.UNIT, Dimension.FLOW, Dimension.YEAR)) {
            if (!coordinates.has(d)) {
                throw new IllegalArgumentException("coordinates without " + d + ": " + coordinates);
            }
        }
        if (coordinates.get(Dimension.MEASURE).orElse(Measure.AMOUNT) == Measure.CHANGE) {
            Coordinates amount = coordinates.without(Dimension.MEASURE);
            FiscalYear year = coordinates.get(Dimension.YEAR).orElseThrow();
            return truth(amount).subtract(truth(amount.with(Dimension.YEAR, year.previous())));
        }
        if (coordinates.get(Dimension.FLOW).orElseThrow() == Flow.CARRY_FORWARD) {
            return BigDecimal.ZERO.setScale(DocumentWriter.SCALE);
        }
        BigDecimal sum = BigDecimal.ZERO.setScale(DocumentWriter.SCALE);
        for (Fact cell : cells()) {
            if (covers(coordinates, cell.coordinates())) {
                sum = sum.add(cell.amount().value());
            }
        }
        return sum;
    }

    private static boolean covers(Coordinates query, Coordinates cell) {
        for (Dimension<?> d : Dimension.all()) {
            if (d != Dimension.FLOW && !covers(d, query, cell)) {
                return false;
            }
        }
        return true;
    }

    private static <V> boolean covers(Dimension<V> d, Coordinates query, Coordinates cell) {
        Optional<V> want = query.get(d);
        Optional<V> have = cell.get(d);
        if (!d.isHierarchical()) {
            return want.equals(have);
        }
        if (want.isPresent() && want.get() instanceof FundSource s && s.relation() == Relation.GROUPING) {
            return have.isPresent() && s.leaves().contains(have.get());
        }
        if (have.isEmpty()) {
            return want.isEmpty();
        }
        for (V x = have.get();;) {
            if (want.isPresent() && want.get().equals(x)) {
                return true;
            }
            if (d.relation(x) != Relation.COMPONENT) {
                return false;
            }
            Optional<V> parent = d.parent(x);
            if (parent.isEmpty()) {
                return want.isEmpty();
            }
            x = parent.get();
        }
    }

    /**
     * The decimals a table prints: {@link DocumentShape#decimals()} for 表1–表8, 2 for 表9.
     *
     * @param table such as {@code 表3}, not null
     * @return the decimals
     * @throws IllegalArgumentException if the document has no such table
     */
    public int decimals(String table) {
        Objects.requireNonNull(table, "table");
        if (rounded.table(table).isEmpty()) {
            throw new IllegalArgumentException("no table " + table + " in " + rounded);
        }
        return table.equals("表9") ? 2 : shape.decimals();
    }

    /**
     * {@link #rounded()} with a random figure moved up by twice (its table's number of figures
     * plus one) times its resolution: more than the rounding slack of any summation of that
     * table (a sum of n items rounded to resolution r is off by less than (n + 1)·r), so at
     * least one summation the figure takes part in becomes inconsistent.
     *
     * @param perturbationSeed chooses the figure; equal seeds choose the same
     * @return the perturbation, never null
     */
    public Perturbation perturb(long perturbationSeed) {
        int index = new Random(perturbationSeed).nextInt(truths.length);
        Fact f = rounded.facts().asList().get(index);
        int figures = rounded.facts().inTable(f.provenance().table()).size();
        BigDecimal delta = f.amount().precision().resolution().multiply(BigDecimal.valueOf(2L * (figures + 1)));
        return perturb(index, delta);
    }

    /**
     * {@link #rounded()} with figure {@code index} moved by {@code delta}, keeping its precision.
     *
     * @param index the position in {@code rounded().facts()}
     * @param delta the change, not null, with no more decimals than the figure
     * @return the perturbation, never null
     * @throws IndexOutOfBoundsException if there is no such figure
     * @throws IllegalArgumentException if {@code delta} has more decimals than the figure
     */
    public Perturbation perturb(int index, BigDecimal delta) {
        Objects.requireNonNull(delta, "delta");
        List<Fact> facts = new ArrayList<>(rounded.facts().asList());
        Fact original = facts.get(index);
        Amount a = original.amount();
        Fact moved = original.withAmount(Amount.of(a.value().add(delta), a.unit(), a.precision()));
        facts.set(index, moved);
        return new Perturbation(rounded.withFacts(FactSet.of(facts)), index, original, moved);
    }

    /** {@code ConsistentDocument[示例局0042 2023 预算: 7 tables, 688 facts, 0 claims; HALF_UP, seed 7]}. */
    @Override
    public String toString() {
        return "ConsistentDocument[" + rounded + "; " + mode + ", " + shape + ", seed " + seed + "]";
    }
}
