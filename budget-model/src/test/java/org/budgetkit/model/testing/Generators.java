package org.budgetkit.model.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.budgetkit.model.classification.Classification;
import org.budgetkit.model.classification.ClassificationCode;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.dimension.FundSource;
import org.budgetkit.model.dimension.Measure;
import org.budgetkit.model.dimension.Nature;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of budgetkit's model values, shared by every module's property tests
 * (the {@code budget-model} test-jar: depend on it with {@code <type>test-jar</type>}).
 *
 * <pre>{@code
 * qt().withExamples(100).forAll(Generators.consistentDocuments())
 *     .checkAssert(d -> assertThat(reconcile(d.exact())).isEmpty());
 * }</pre>
 *
 * Amount values are made from longs and {@link BigDecimal#valueOf(long, int)}, never from
 * floating point. Every generator shrinks towards small, seed-like values. Immutable and
 * thread-safe.
 */
public final class Generators {
    /** The department of generated coordinates and facts. */
    public static final String DEPARTMENT = "示例局";

    private static final List<FunctionCode> FUNCTION_CODES = codes(Classification.bundledFunctions());
    private static final List<EconomicCode> ECONOMIC_CODES = codes(Classification.bundledEconomic());

    private Generators() {
    }

    private static <C extends ClassificationCode> List<C> codes(Classification<C> c) {
        TreeSet<C> out = new TreeSet<>();
        c.entries().forEach(e -> out.add(e.code()));
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- amounts

    /**
     * Amounts as disclosures report them: any {@link AmountUnit}; 0 to 2 decimals eight times in
     * ten, -4 decimals (to the 10,000) one time in ten, with values from -10¹² to 10¹²
     * resolutions; exact one time in ten, with values from -10¹⁰ to 10¹⁰ in hundredths. Never nil.
     *
     * @return the generator, never null
     */
    public static Gen<Amount> amounts() {
        Gen<Integer> decimals = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(8, Generate.range(0, 2)),
                org.quicktheories.api.Pair.of(1, Generate.constant(-4)),
                org.quicktheories.api.Pair.of(1, Generate.constant(Integer.MAX_VALUE))));
        return Generate.enumValues(AmountUnit.class).zip(decimals, Generate.longRange(-1_000_000_000_000L,
                1_000_000_000_000L, 0), (unit, d, units) -> d == Integer.MAX_VALUE
                        ? Amount.exact(BigDecimal.valueOf(units, 2), unit)
                        : Amount.of(BigDecimal.valueOf(units, d), unit, d));
    }

    /**
     * Non-negative amounts in one unit and precision, up to {@code maxUnits} resolutions:
     * {@code amounts(TEN_THOUSAND_YUAN, 0, 10_000)} gives 0 to 10,000 万元 in whole 万元.
     *
     * @param unit the unit, not null
     * @param decimals the reported decimals, -30 to 30
     * @param maxUnits the largest value in resolutions ({@code 10^-decimals}), 0 or more
     * @return the generator, never null
     * @throws IllegalArgumentException if {@code decimals} is out of range or {@code maxUnits} negative
     */
    public static Gen<Amount> amounts(AmountUnit unit, int decimals, long maxUnits) {
        Objects.requireNonNull(unit, "unit");
        org.budgetkit.model.money.Precision.decimals(decimals);
        if (maxUnits < 0) {
            throw new IllegalArgumentException("maxUnits must be 0 or more: " + maxUnits);
        }
        return Generate.longRange(0, maxUnits).map(u -> Amount.of(BigDecimal.valueOf(u, decimals), unit, decimals));
    }

    /**
     * Exact decimal values with {@code scale} decimals between {@code -maxUnscaled} and
     * {@code maxUnscaled} units of {@code 10^-scale}: true values to round in oracle tests.
     *
     * @param scale the decimals, 0 to 30
     * @param maxUnscaled the largest absolute unscaled value, 0 or more
     * @return the generator, never null
     * @throws IllegalArgumentException if {@code scale} or {@code maxUnscaled} is out of range
     */
    public static Gen<BigDecimal> values(int scale, long maxUnscaled) {
        if (scale < 0 || scale > 30 || maxUnscaled < 0) {
            throw new IllegalArgumentException("scale 0 to 30 and maxUnscaled ≥ 0: " + scale + ", " + maxUnscaled);
        }
        return Generate.longRange(-maxUnscaled, maxUnscaled, 0).map(u -> BigDecimal.valueOf(u, scale));
    }

    /**
     * The rounding modes {@link ConsistentDocument} accepts, each described by a
     * {@link org.budgetkit.model.money.RoundingConvention}: {@code HALF_UP}, {@code HALF_EVEN},
     * {@code HALF_DOWN}, {@code DOWN}.
     *
     * @return the generator, never null
     */
    public static Gen<RoundingMode> roundingModes() {
        return Generate.pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
                RoundingMode.DOWN));
    }

    // ---------------------------------------------------------------- codes and coordinates

    /**
     * Function codes of the bundled classification (any level, any year): each has an
     * official name in some edition.
     *
     * @return the generator, never null
     */
    public static Gen<FunctionCode> functionCodes() {
        return Generate.pick(FUNCTION_CODES);
    }

    /**
     * Function codes of one year's bundled edition: {@code edition(year).name(code)} is present.
     *
     * @param year one of {@link DocumentShape#YEARS}
     * @return the generator, never null
     * @throws IllegalArgumentException if the year's edition has no function code
     */
    public static Gen<FunctionCode> functionCodes(int year) {
        return Generate.pick(nonEmpty(List.copyOf(Classification.bundledFunctions().edition(year).codes()), year));
    }

    /**
     * Economic codes (部门预算支出经济分类) of the bundled classification, any level and year.
     *
     * @return the generator, never null
     */
    public static Gen<EconomicCode> economicCodes() {
        return Generate.pick(ECONOMIC_CODES);
    }

    /**
     * Economic codes of one year's bundled edition.
     *
     * @param year a year with an edition, such as 2023
     * @return the generator, never null
     * @throws IllegalArgumentException if the year's edition has no economic code
     */
    public static Gen<EconomicCode> economicCodes(int year) {
        return Generate.pick(nonEmpty(List.copyOf(Classification.bundledEconomic().edition(year).codes()), year));
    }

    private static <C> List<C> nonEmpty(List<C> codes, int year) {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("the bundled edition of " + year + " has no codes");
        }
        return codes;
    }

    /**
     * Coordinates of a fact: unit ({@link #DEPARTMENT} or one of its two units), flow and year
     * (2017–2025) always; function, economic category, fund source, nature, item and measure
     * each set half the time, with values of the bundled classification and the enums.
     *
     * @return the generator, never null
     */
    public static Gen<Coordinates> coordinates() {
        Gen<BudgetUnit> units = Generate.pick(List.of(BudgetUnit.department(DEPARTMENT),
                BudgetUnit.unit(DEPARTMENT, DEPARTMENT), BudgetUnit.unit(DEPARTMENT, DEPARTMENT + "下属单位1")));
        Gen<Coordinates> required = units.zip(Generate.enumValues(Flow.class), Generate.range(2017, 2025),
                (u, f, y) -> Coordinates.empty().with(Dimension.UNIT, u).with(Dimension.FLOW, f)
                        .with(Dimension.YEAR, FiscalYear.of(y)));
        Gen<Coordinates> codes = optional(Dimension.FUNCTION, functionCodes())
                .zip(optional(Dimension.ECONOMIC, economicCodes()), Coordinates::merge);
        Gen<Coordinates> enums = optional(Dimension.FUND_SOURCE, Generate.enumValues(FundSource.class))
                .zip(optional(Dimension.NATURE, Generate.enumValues(Nature.class)),
                        optional(Dimension.ITEM, Generate.enumValues(SpecialItem.class)),
                        optional(Dimension.MEASURE, Generate.enumValues(Measure.class)),
                        (a, b, c, d) -> a.merge(b).merge(c).merge(d));
        return required.zip(codes, enums, (r, c, e) -> r.merge(c).merge(e));
    }

    private static <V> Gen<Coordinates> optional(Dimension<V> d, Gen<V> values) {
        return Generate.booleans().zip(values, (set, v) -> set ? Coordinates.empty().with(d, v) : Coordinates.empty());
    }

    /**
     * Facts: an {@link #amounts()} amount at {@link #coordinates()}, read from a table 表1–表12
     * at a line from 1 to 2,000.
     *
     * @return the generator, never null
     */
    public static Gen<Fact> facts() {
        Gen<Provenance> provenance = Generate.range(1, 12).zip(Generate.range(1, 2000),
                (t, line) -> new Provenance("generated.txt", "表" + t, "行" + line, "列", line, 0));
        return amounts().zip(coordinates(), provenance, Fact::of);
    }

    // ---------------------------------------------------------------- documents

    /**
     * Shapes of generated documents: 1–3 units, a year of {@link DocumentShape#YEARS}, 1–12
     * function 项 per unit, 1–4 economic 款 per (项, nature), whole 万元 four times in five
     * (otherwise 2 decimals). Shrinks towards one unit, 2023, one 项, one 款, whole 万元.
     *
     * @return the generator, never null
     */
    public static Gen<DocumentShape> shapes() {
        Gen<Integer> decimals = Generate.frequency(List.of(org.quicktheories.api.Pair.of(4, Generate.constant(0)),
                org.quicktheories.api.Pair.of(1, Generate.constant(2))));
        return Generate.range(1, 3).zip(Generate.pick(DocumentShape.YEARS), Generate.range(1, 12),
                Generate.range(1, 4), decimals, DocumentShape::new);
    }

    /**
     * Consistent documents of random {@link #shapes()}, rounded with any of
     * {@link #roundingModes()}: see {@link ConsistentDocument} for what holds in them.
     *
     * @return the generator, never null
     */
    public static Gen<ConsistentDocument> consistentDocuments() {
        return consistentDocuments(roundingModes());
    }

    /**
     * Consistent documents of random {@link #shapes()}, rounded with {@code mode}.
     *
     * @param mode {@code HALF_UP}, {@code HALF_EVEN}, {@code HALF_DOWN} or {@code DOWN}
     * @return the generator, never null
     * @throws IllegalArgumentException if no rounding convention describes {@code mode}
     */
    public static Gen<ConsistentDocument> consistentDocuments(RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        DocumentWriter.convention(mode); // rejects UP, CEILING, FLOOR, UNNECESSARY
        return consistentDocuments(Generate.constant(mode));
    }

    private static Gen<ConsistentDocument> consistentDocuments(Gen<RoundingMode> modes) {
        return shapes().zip(modes, Generate.longRange(0, Long.MAX_VALUE), ConsistentDocument::of);
    }

    /** The fewest figures of a {@link #seedSized(long)} document. */
    public static final int SEED_SIZED_MIN_FIGURES = 640;
    /** The most figures of a {@link #seedSized(long)} document. */
    public static final int SEED_SIZED_MAX_FIGURES = 760;

    /**
     * A document of about the seed's size, for benchmarks: one unit, the 2023 edition,
     * {@link DocumentShape#SEED_SIZED}, rounded {@code HALF_UP} to whole 万元 (表9 to 0.01 万元),
     * with {@value #SEED_SIZED_MIN_FIGURES} to {@value #SEED_SIZED_MAX_FIGURES} figures (the
     * seed has 705; about 690 on average).
     *
     * <p>Deterministic: {@code seedSized(s)} equals {@code seedSized(s)} in every run and on
     * every JVM — generation draws from a {@link java.util.Random} (whose algorithm Java
     * specifies) seeded from {@code s}, iterates nothing in hash order, and, when a draw's size
     * falls outside the range (about one in five), retries with the next seed of a fixed
     * sequence ({@code s + k·0x9E3779B97F4A7C15}), so {@link ConsistentDocument#seed()} is that
     * seed. {@code seedSized(0)} … {@code seedSized(9_999)} are 10,000 reproducible documents;
     * each takes about 2 ms of CPU to make (make them outside the measured code).
     *
     * @param seed any number
     * @return the document, never null
     */
    public static ConsistentDocument seedSized(long seed) {
        for (long s = seed;; s += 0x9E3779B97F4A7C15L) {
            ConsistentDocument d = ConsistentDocument.of(DocumentShape.SEED_SIZED, RoundingMode.HALF_UP, s);
            int figures = d.rounded().facts().size();
            if (figures >= SEED_SIZED_MIN_FIGURES && figures <= SEED_SIZED_MAX_FIGURES) {
                return d;
            }
        }
    }
}
