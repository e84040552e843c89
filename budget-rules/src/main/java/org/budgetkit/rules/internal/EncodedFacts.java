package org.budgetkit.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.Precision;

/**
 * A document's facts in columns, for reconciliation: each fact's coordinates as a
 * {@link KeySpace} key of dictionary ids, its value in yuan as a scaled {@code long} (the fast
 * path's point), and the dictionaries that turn ids back into values. Enumerated dimensions
 * (flow, fund source, nature, special item, measure) use {@code ordinal + 1} as id; units,
 * years, codes and projects are numbered in order of first appearance. The code dictionaries
 * hold every ancestor of a code too (with its parent's id), so that walking up a classification
 * is an array look-up; they also hold the economic codes the catalogue identities name (301,
 * 303, the "三公" codes). Not thread-safe.
 */
final class EncodedFacts {
    static final int DIMENSIONS = KeySpace.DIMENSIONS;
    static final int UNIT = Dimension.UNIT.index();
    static final int FLOW = Dimension.FLOW.index();
    static final int YEAR = Dimension.YEAR.index();
    static final int FUNCTION = Dimension.FUNCTION.index();
    static final int ECONOMIC = Dimension.ECONOMIC.index();
    static final int FUND_SOURCE = Dimension.FUND_SOURCE.index();
    static final int NATURE = Dimension.NATURE.index();
    static final int ITEM = Dimension.ITEM.index();
    static final int PROJECT = Dimension.PROJECT.index();
    static final int MEASURE = Dimension.MEASURE.index();

    /** The largest common scale tried on the fast path (as the evaluator always had it). */
    private static final int MAX_SCALE = 8;
    private static final long[] POWERS = new long[19];

    /** Economic codes the catalogue identities look up, whether or not the document prints them. */
    private static final List<EconomicCode> CATALOGUE = List.of(EconomicCode.parse("301"), EconomicCode.parse("303"),
            EconomicCode.parse("30212"), EconomicCode.parse("30217"), EconomicCode.parse("30231"),
            EconomicCode.parse("31013"));

    private static final Object[] FLOWS = enumValues(Flow.values());
    private static final Object[] FUND_SOURCES = enumValues(FundSource.values());
    private static final Object[] NATURES = enumValues(Nature.values());
    private static final Object[] ITEMS = enumValues(SpecialItem.values());
    private static final Object[] MEASURES = enumValues(Measure.values());

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    final List<Fact> facts;
    final int size;
    /** Per fact: the table its provenance names. */
    final String[] tables;
    /** Per fact: the key of its coordinates. */
    final long[] keys;
    /** Per fact: its value in yuan times {@code 10^scale}; meaningless where {@link #big} is set. */
    final long[] points;
    /** Per fact: whether its value does not fit a {@code long} at the common scale (null if none). */
    final boolean[] big;
    /** The common scale of {@link #points}. */
    final int scale;
    /**
     * Per fact: the resolution of its last printed digit in yuan times {@code 10^scale}, as the
     * exponent {@code k} of {@code 10^k} (0 to 17); {@link #EXACT} for an exact figure;
     * {@link #OFF_FAST_PATH} where that is not a {@code long} or the figure cannot be put in
     * yuan (its interval is then left to the exact evaluator). One byte a fact.
     */
    final byte[] resolutions;
    static final byte EXACT = -2;
    static final byte OFF_FAST_PATH = -1;
    final KeySpace space;
    /** Per dimension: the value of each id (index 0 unused). */
    final Object[][] values;
    /** For the function and economic dimensions: the parent id of each id (0 for a 类). */
    final int[][] parents;
    /** The id of the document's department in the unit dictionary. */
    final int department;
    /** The ids of the document's units (document order). */
    final int[] documentUnits;
    /** Whether some fact has a nature, by nature id. */
    final boolean[] naturesPresent;
    /** Whether some fact has a unit, by unit id. */
    final boolean[] unitsPresent;
    /** The economic ids of {@link #CATALOGUE}, in its order. */
    private final int[] catalogueIds = new int[CATALOGUE.size()];

    /**
     * Encodes a document's facts.
     *
     * @param document the document
     * @param interned whether to intern keys even where packed ones fit (for tests)
     */
    EncodedFacts(Document document, boolean interned) {
        this.facts = document.facts().asList();
        this.size = facts.size();
        Dictionary units = new Dictionary(false);
        Dictionary years = new Dictionary(false);
        Dictionary functions = new Dictionary(true);
        Dictionary economic = new Dictionary(true);
        Dictionary projects = new Dictionary(false);
        this.department = units.id(document.department());
        List<BudgetUnit> docUnits = document.units();
        this.documentUnits = new int[docUnits.size()];
        for (int i = 0; i < documentUnits.length; i++) {
            documentUnits[i] = units.id(docUnits.get(i));
        }
        for (int i = 0; i < catalogueIds.length; i++) {
            catalogueIds[i] = economic.id(CATALOGUE.get(i));
        }
        // A first tight pass gathers what every fact points to: its loads do not depend on each
        // other, so the processor overlaps their cache misses instead of waiting on each in turn.
        Coordinates[] coordinates = new Coordinates[size];
        Amount[] amounts = new Amount[size];
        BudgetUnit[] unitValues = new BudgetUnit[size];
        this.tables = new String[size];
        int scale = 0;
        for (int i = 0; i < size; i++) {
            Fact f = facts.get(i);
            Coordinates c = f.coordinates();
            coordinates[i] = c;
            Amount a = f.amount();
            amounts[i] = a;
            scale = Math.max(scale, a.value().scale() - a.unit().exponent());
            tables[i] = f.provenance().table();
            unitValues[i] = value(c, Dimension.UNIT);
        }
        int[] ids = new int[size * DIMENSIONS];
        boolean anyItem = false;
        boolean anyMeasure = false;
        boolean[] natures = new boolean[Nature.values().length + 1];
        for (int i = 0; i < size; i++) {
            Coordinates c = coordinates[i];
            int at = i * DIMENSIONS;
            ids[at + UNIT] = units.id(unitValues[i]);
            ids[at + FLOW] = ordinal(value(c, Dimension.FLOW));
            ids[at + YEAR] = years.id(value(c, Dimension.YEAR));
            ids[at + FUNCTION] = functions.id(value(c, Dimension.FUNCTION));
            ids[at + ECONOMIC] = economic.id(value(c, Dimension.ECONOMIC));
            ids[at + FUND_SOURCE] = ordinal(value(c, Dimension.FUND_SOURCE));
            int nature = ordinal(value(c, Dimension.NATURE));
            ids[at + NATURE] = nature;
            natures[nature] = true;
            int item = ordinal(value(c, Dimension.ITEM));
            ids[at + ITEM] = item;
            anyItem |= item != 0;
            ids[at + PROJECT] = projects.id(value(c, Dimension.PROJECT));
            Measure m = value(c, Dimension.MEASURE);
            int measure = m == null || m == Measure.AMOUNT ? 0 : m.ordinal() + 1;
            ids[at + MEASURE] = measure;
            anyMeasure |= measure != 0;
        }
        this.naturesPresent = natures;
        // The year before each year, for the change identity.
        for (int id = 1, n = years.size(); id <= n; id++) {
            FiscalYear y = (FiscalYear) years.value(id);
            if (y.value() > FiscalYear.MIN) {
                years.id(y.previous());
            }
        }
        this.unitsPresent = new boolean[units.size() + 1];
        for (int i = 0; i < size; i++) {
            unitsPresent[ids[i * DIMENSIONS + UNIT]] = true;
        }
        int[] widths = new int[DIMENSIONS];
        widths[UNIT] = bits(units.size());
        widths[FLOW] = bits(FLOWS.length - 1);
        widths[YEAR] = bits(years.size());
        widths[FUNCTION] = bits(functions.size());
        widths[ECONOMIC] = bits(economic.size());
        widths[FUND_SOURCE] = bits(FUND_SOURCES.length - 1);
        widths[NATURE] = bits(NATURES.length - 1);
        widths[ITEM] = anyItem ? bits(ITEMS.length - 1) : 0;
        widths[PROJECT] = bits(projects.size());
        widths[MEASURE] = anyMeasure ? bits(MEASURES.length - 1) : 0;
        this.space = interned ? new KeySpace.Interned() : KeySpace.of(widths);
        this.keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = space.key(ids, i * DIMENSIONS);
        }
        this.values = new Object[DIMENSIONS][];
        values[UNIT] = units.values();
        values[FLOW] = FLOWS;
        values[YEAR] = years.values();
        values[FUNCTION] = functions.values();
        values[ECONOMIC] = economic.values();
        values[FUND_SOURCE] = FUND_SOURCES;
        values[NATURE] = NATURES;
        values[ITEM] = ITEMS;
        values[PROJECT] = projects.values();
        values[MEASURE] = MEASURES;
        this.parents = new int[DIMENSIONS][];
        parents[FUNCTION] = functions.parents();
        parents[ECONOMIC] = economic.parents();

        // The common scale (the most decimals in yuan) and each value at it.
        this.scale = scale;
        this.points = new long[size];
        this.resolutions = new byte[size];
        boolean[] tooBig = null;
        for (int i = 0; i < size; i++) {
            Amount a = amounts[i];
            if (scale > MAX_SCALE || !point(a, scale, i)) {
                if (tooBig == null) {
                    tooBig = new boolean[size];
                }
                tooBig[i] = true;
                resolutions[i] = OFF_FAST_PATH;
            } else {
                resolutions[i] = resolution(a, scale);
            }
        }
        this.big = tooBig;
    }

    private static byte resolution(Amount a, int scale) {
        Precision p = a.precision();
        if (p.isExact()) {
            return EXACT;
        }
        int exponent = a.unit().exponent();
        // In yuan the figure has d - exponent decimals; out of Precision's range the exact
        // evaluator's conversion fails, and it must be the one to say so.
        if (p.decimals() - exponent < Precision.MIN_DECIMALS) {
            return OFF_FAST_PATH;
        }
        // The value has max(d, 0) decimals, so scale >= d - exponent: k is never negative.
        int k = exponent - p.decimals() + scale;
        return k < POWERS.length - 1 ? (byte) k : OFF_FAST_PATH;
    }

    /** @return 10^k, for k from 0 to 18 */
    static long power(int k) {
        return POWERS[k];
    }

    private boolean point(Amount a, int scale, int i) {
        BigDecimal v = a.value();
        if (v.signum() == 0) {
            points[i] = 0;
            return true;
        }
        int shift = a.unit().exponent() + scale;
        try {
            if (v.scale() == 0 && shift < POWERS.length) {
                points[i] = Math.multiplyExact(v.longValueExact(), POWERS[shift]);
            } else {
                points[i] = v.movePointRight(shift).longValueExact();
            }
            return true;
        } catch (ArithmeticException e) {
            // Too large for a long at this scale: the checks using it are evaluated exactly.
            return false;
        }
    }

    /** The value on a dimension, or null (without the Optional of {@code get}, nor a default). */
    private static <V> V value(Coordinates c, Dimension<V> d) {
        return c.has(d) ? c.getOrDefault(d) : null;
    }

    private static int bits(int largestId) {
        return 32 - Integer.numberOfLeadingZeros(largestId);
    }

    private static Object[] enumValues(Enum<?>[] constants) {
        Object[] out = new Object[constants.length + 1];
        System.arraycopy(constants, 0, out, 1, constants.length);
        return out;
    }

    private static int ordinal(Enum<?> e) {
        return e == null ? 0 : e.ordinal() + 1;
    }

    /** @return the id of a fact's value on a dimension, 0 if not set */
    int id(int fact, int d) {
        return space.get(keys[fact], d);
    }

    /** @return the digits of a function or economic code id, empty for 0 */
    String code(int d, int id) {
        return id == 0 ? "" : values[d][id].toString();
    }

    /**
     * @param digits one of the economic codes the catalogue identities name (301, 303, 30212,
     *     30217, 30231, 31013)
     * @return its id
     */
    int economic(String digits) {
        for (int i = 0; i < catalogueIds.length; i++) {
            if (CATALOGUE.get(i).digits().equals(digits)) {
                return catalogueIds[i];
            }
        }
        throw new IllegalArgumentException("not a catalogue code: " + digits);
    }

    /** @return the coordinates of a key */
    Coordinates coordinates(long key) {
        Coordinates c = Coordinates.empty();
        for (int d = 0; d < DIMENSIONS; d++) {
            int id = space.get(key, d);
            if (id != 0) {
                c = with(c, Dimension.all().get(d), values[d][id]);
            }
        }
        return c;
    }

    private static <V> Coordinates with(Coordinates c, Dimension<V> d, Object value) {
        return c.with(d, d.cast(value));
    }

    /**
     * The values of one dimension numbered from 1 in order of first appearance; a code's
     * ancestors are added with it. Consecutive facts mostly share their values' objects, so the
     * last one is compared by identity before hashing.
     */
    private static final class Dictionary {
        private final boolean codes;
        private final List<Object> values = new ArrayList<>();
        private final Map<Object, Integer> ids = new HashMap<>();
        private int[] parents;
        private Object last;
        private int lastId;

        Dictionary(boolean codes) {
            this.codes = codes;
            this.parents = codes ? new int[16] : null;
            values.add(null);
        }

        int id(Object value) {
            if (value == null) {
                return 0;
            }
            if (value == last) {
                return lastId;
            }
            Integer id = ids.get(value);
            int out = id == null ? add(value) : id;
            last = value;
            lastId = out;
            return out;
        }

        private int add(Object value) {
            int parent = 0;
            if (codes) {
                Object p = value instanceof FunctionCode f ? f.parent().orElse(null)
                        : ((EconomicCode) value).parent().orElse(null);
                parent = p == null ? 0 : idOf(p);
            }
            int id = values.size();
            values.add(value);
            ids.put(value, id);
            if (codes) {
                if (id >= parents.length) {
                    parents = java.util.Arrays.copyOf(parents, parents.length * 2);
                }
                parents[id] = parent;
            }
            return id;
        }

        private int idOf(Object value) {
            Integer id = ids.get(value);
            return id == null ? add(value) : id;
        }

        int size() {
            return values.size() - 1;
        }

        Object value(int id) {
            return values.get(id);
        }

        Object[] values() {
            return values.toArray();
        }

        int[] parents() {
            return java.util.Arrays.copyOf(parents, values.size());
        }
    }
}
