package org.budgetkit.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.budgetkit.model.classification.EconomicCode;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.FiscalYear;
import org.budgetkit.model.dimension.Flow;
import org.budgetkit.model.fact.Coordinates;
import org.budgetkit.model.money.AmountUnit;
import org.budgetkit.model.money.Precision;
import org.budgetkit.rules.ColumnarFacts;
import org.budgetkit.rules.RollUp;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 8, benchmark 1: the roll-up of 10,000,000 facts ({@link NationalBudget}) to every level
 * of the function tree (项 › 款 › 类 › total) crossed with every level of the economic tree
 * (款 › 类 › total), per budget unit and fund source: 1,000 × 4 × 154 × 25 = 15,400,000 totals.
 * Three contenders on the same generated data, in one JMH run:
 *
 * <ul>
 * <li>{@link #budgetkit}: {@code ColumnarFacts.rollUp(FUNCTION, ECONOMIC)} on a store built
 *     from the facts (building is set-up, not timed). Every unit has every 项 × 款 × source, so
 *     each unit is a "full" group whose totals' places are known in advance;
 *     {@link #budgetkitGeneralPath} leaves one fact out of each unit (9,999,000 facts, the same
 *     15,400,000 totals) to time the general path, which tracks presence cell by cell.
 * <li>{@link #handWrittenLoop} and {@link #handWrittenLoopOneThread}: the limit, a
 *     {@code long[]} loop over pre-encoded {@code int} ids that knows the data's shape (dense,
 *     unit by unit): add each fact into a dense array of every total, then add each level into
 *     the next, with {@code Math.addExact} as budgetkit does; on two threads (units split) and on one.
 * <li>{@link #duckdb}: DuckDB in-process ({@code jdbc:duckdb:}, {@code SET threads TO 2}), the
 *     facts loaded once through its Appender (set-up), timing
 *     {@code GROUP BY unit, fund, ROLLUP(f_class, f_section, f_item), ROLLUP(e_class, e_item)}
 *     with every result row fetched; {@link #duckdbWithoutFetch} times the same query counted
 *     inside DuckDB, without moving rows to Java.
 * </ul>
 *
 * <p>Every set-up checks its contender's totals against sums recomputed from the generator for
 * three units, and the number of totals; a wrong answer stops the run. Run with
 * {@code java -jar budget-examples/target/benchmarks.jar RollUpBenchmark -f 1 -wi 2 -i 3}
 * (see BENCHMARKS.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class RollUpBenchmark {
    /** 项, 款 and 类 of the 125 项, plus the total. */
    static final int FUNCTION_SLOTS;
    /** 款 and 类 of the 20 款, plus the total. */
    static final int ECONOMIC_SLOTS;
    static final int TOTALS;
    /** Function slot of an item (0-124), section, class: its parent slot; the total has none. */
    static final int[] FUNCTION_PARENT;
    static final int[] ECONOMIC_PARENT;
    static final Map<String, Integer> FUNCTION_SLOT = new HashMap<>();
    static final Map<String, Integer> ECONOMIC_SLOT = new HashMap<>();
    private static final int[] CHECKED_UNITS = {0, 517, NationalBudget.UNITS - 1};

    static {
        List<FunctionCode> items = NationalBudget.FUNCTION_ITEMS;
        for (int f = 0; f < items.size(); f++) {
            FUNCTION_SLOT.put(items.get(f).digits(), f);
        }
        for (FunctionCode f : items) {
            FUNCTION_SLOT.putIfAbsent(f.digits().substring(0, 5), FUNCTION_SLOT.size());
        }
        for (FunctionCode f : items) {
            FUNCTION_SLOT.putIfAbsent(f.digits().substring(0, 3), FUNCTION_SLOT.size());
        }
        FUNCTION_SLOT.put("", FUNCTION_SLOT.size());
        FUNCTION_SLOTS = FUNCTION_SLOT.size();
        FUNCTION_PARENT = new int[FUNCTION_SLOTS];
        FUNCTION_SLOT.forEach((code, slot) -> FUNCTION_PARENT[slot] = code.isEmpty() ? -1
                : FUNCTION_SLOT.get(code.length() == 3 ? "" : code.substring(0, code.length() - 2)));
        List<EconomicCode> econ = NationalBudget.ECONOMIC_ITEMS;
        for (int e = 0; e < econ.size(); e++) {
            ECONOMIC_SLOT.put(econ.get(e).digits(), e);
        }
        for (EconomicCode e : econ) {
            ECONOMIC_SLOT.putIfAbsent(e.digits().substring(0, 3), ECONOMIC_SLOT.size());
        }
        ECONOMIC_SLOT.put("", ECONOMIC_SLOT.size());
        ECONOMIC_SLOTS = ECONOMIC_SLOT.size();
        ECONOMIC_PARENT = new int[ECONOMIC_SLOTS];
        ECONOMIC_SLOT.forEach((code, slot) -> ECONOMIC_PARENT[slot] = code.isEmpty() ? -1
                : ECONOMIC_SLOT.get(code.length() == 3 ? "" : code.substring(0, 3)));
        TOTALS = NationalBudget.UNITS * NationalBudget.FUNDS * FUNCTION_SLOTS * ECONOMIC_SLOTS;
    }

    /** The budgetkit store of the 10,000,000 facts, in 元 at scale 2 (fen). */
    @State(Scope.Benchmark)
    public static class Budgetkit {
        ColumnarFacts store;

        /** Builds the store and checks one roll-up. */
        @Setup(Level.Trial)
        public void setUp() {
            build(false);
        }

        /**
         * Builds the store, without the last fact of each unit if {@code gaps}, and checks one roll-up.
         *
         * @param gaps whether to leave one fact out of each unit
         */
        void build(boolean gaps) {
            Coordinates base = Coordinates.empty().with(Dimension.FLOW, Flow.EXPENDITURE)
                    .with(Dimension.YEAR, FiscalYear.of(2023));
            ColumnarFacts.Builder b = ColumnarFacts.builder(AmountUnit.YUAN, 2);
            Precision fen = Precision.decimals(2);
            int i = 0;
            for (int u = 0; u < NationalBudget.UNITS; u++) {
                Coordinates cu = base.with(Dimension.UNIT, NationalBudget.unit(u));
                for (FunctionCode f : NationalBudget.FUNCTION_ITEMS) {
                    Coordinates cf = cu.with(Dimension.FUNCTION, f);
                    for (EconomicCode e : NationalBudget.ECONOMIC_ITEMS) {
                        Coordinates ce = cf.with(Dimension.ECONOMIC, e);
                        for (int s = 0; s < NationalBudget.FUNDS; s++) {
                            if (!gaps || (i + 1) % NationalBudget.FACTS_PER_UNIT != 0) {
                                b.addScaled(ce.with(Dimension.FUND_SOURCE, NationalBudget.FUND_SOURCES.get(s)),
                                        NationalBudget.fen(i), fen);
                            }
                            i++;
                        }
                    }
                }
            }
            store = b.build();
            RollUp r = store.rollUp(Dimension.FUNCTION, Dimension.ECONOMIC);
            // Each unit's left-out fact was the only one at its leaf (2210203 × 31003 × 单位资金).
            check(r.size() == TOTALS - (gaps ? NationalBudget.UNITS : 0), "budgetkit totals: " + r.size());
            if (gaps) {
                return; // the sums differ from the generator's by the left-out facts
            }
            for (int u : CHECKED_UNITS) {
                for (int s = 0; s < NationalBudget.FUNDS; s++) {
                    Coordinates c = base.with(Dimension.UNIT, NationalBudget.unit(u))
                            .with(Dimension.FUND_SOURCE, NationalBudget.FUND_SOURCES.get(s));
                    expected(u, s).forEach((key, sum) -> {
                        String[] codes = key.split("\\|", -1);
                        Coordinates at = c;
                        if (!codes[0].isEmpty()) {
                            at = at.with(Dimension.FUNCTION, FunctionCode.parse(codes[0]));
                        }
                        if (!codes[1].isEmpty()) {
                            at = at.with(Dimension.ECONOMIC, EconomicCode.parse(codes[1]));
                        }
                        long got = r.amount(at).orElseThrow().toScaledLong(AmountUnit.YUAN, 2);
                        check(got == sum, "budgetkit " + at + ": " + got + " ≠ " + sum);
                    });
                }
            }
        }
    }

    /**
     * The same store less the last fact of each unit (9,999,000 facts): no group is a full
     * cross product, so the roll-up takes its general path (presence tracked cell by cell).
     */
    @State(Scope.Benchmark)
    public static class BudgetkitWithGaps extends Budgetkit {
        @Override
        @Setup(Level.Trial)
        public void setUp() {
            build(true);
        }
    }

    /** The facts as pre-encoded arrays: ids from 0, amounts in fen. */
    @State(Scope.Benchmark)
    public static class Arrays {
        int[] unit;
        int[] function;
        int[] economic;
        int[] fund;
        long[] fen;

        /** Encodes the facts and checks one run of the loop. */
        @Setup(Level.Trial)
        public void setUp() {
            int n = NationalBudget.FACTS;
            unit = new int[n];
            function = new int[n];
            economic = new int[n];
            fund = new int[n];
            fen = new long[n];
            for (int i = 0; i < n; i++) {
                unit[i] = NationalBudget.unitOf(i);
                function[i] = NationalBudget.functionOf(i);
                economic[i] = NationalBudget.economicOf(i);
                fund[i] = NationalBudget.fundOf(i);
                fen[i] = NationalBudget.fen(i);
            }
            long[] out = loop(this, true);
            for (int u : CHECKED_UNITS) {
                for (int s = 0; s < NationalBudget.FUNDS; s++) {
                    int block = (u * NationalBudget.FUNDS + s) * FUNCTION_SLOTS * ECONOMIC_SLOTS;
                    String where = "loop " + u + " " + s + " ";
                    expected(u, s).forEach((key, sum) -> {
                        String[] codes = key.split("\\|", -1);
                        long got = out[block + FUNCTION_SLOT.get(codes[0]) * ECONOMIC_SLOTS + ECONOMIC_SLOT.get(codes[1])];
                        check(got == sum, where + key + ": " + got + " ≠ " + sum);
                    });
                }
            }
        }
    }

    /** DuckDB in-process with the facts loaded through its Appender. */
    @State(Scope.Benchmark)
    public static class DuckDb {
        static final String ROLLUP = "SELECT unit, fund, f_class, f_section, f_item, e_class, e_item,"
                + " SUM(amount)::BIGINT AS total FROM facts"
                + " GROUP BY unit, fund, ROLLUP(f_class, f_section, f_item), ROLLUP(e_class, e_item)";
        Connection connection;
        Statement statement;

        /**
         * Loads the table and checks the query.
         *
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void setUp() throws SQLException {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            statement = connection.createStatement();
            statement.execute("SET threads TO 2");
            statement.execute("CREATE TABLE facts (unit INTEGER, fund INTEGER, f_class INTEGER, f_section INTEGER,"
                    + " f_item INTEGER, e_class INTEGER, e_item INTEGER, amount BIGINT)");
            int[] fItem = new int[NationalBudget.FUNCTIONS];
            int[] eItem = new int[NationalBudget.ECONOMICS];
            for (int f = 0; f < fItem.length; f++) {
                fItem[f] = NationalBudget.digits(NationalBudget.FUNCTION_ITEMS.get(f));
            }
            for (int e = 0; e < eItem.length; e++) {
                eItem[e] = NationalBudget.digits(NationalBudget.ECONOMIC_ITEMS.get(e));
            }
            try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                    "facts")) {
                for (int i = 0; i < NationalBudget.FACTS; i++) {
                    int f = fItem[NationalBudget.functionOf(i)];
                    int e = eItem[NationalBudget.economicOf(i)];
                    a.beginRow();
                    a.append(NationalBudget.unitOf(i));
                    a.append(NationalBudget.fundOf(i));
                    a.append(f / 10_000);
                    a.append(f / 100);
                    a.append(f);
                    a.append(e / 100);
                    a.append(e);
                    a.append(NationalBudget.fen(i));
                    a.endRow();
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM (" + ROLLUP + ")")) {
                rs.next();
                check(rs.getLong(1) == TOTALS, "duckdb totals: " + rs.getLong(1));
            }
            try (PreparedStatement p = connection.prepareStatement("SELECT f_class, f_section, f_item, e_class, e_item,"
                    + " SUM(amount)::BIGINT FROM facts WHERE unit = ? AND fund = ?"
                    + " GROUP BY ROLLUP(f_class, f_section, f_item), ROLLUP(e_class, e_item)")) {
                for (int u : CHECKED_UNITS) {
                    for (int s = 0; s < NationalBudget.FUNDS; s++) {
                        p.setInt(1, u);
                        p.setInt(2, s);
                        Map<String, Long> expected = expected(u, s);
                        int rows = 0;
                        try (ResultSet rs = p.executeQuery()) {
                            while (rs.next()) {
                                String fc = deepest(rs, 1, 3);
                                String ec = deepest(rs, 4, 5);
                                Long sum = expected.get(fc + "|" + ec);
                                check(sum != null && sum == rs.getLong(6), "duckdb " + u + " " + s + " " + fc + "|" + ec);
                                rows++;
                            }
                        }
                        check(rows == expected.size(), "duckdb rows of " + u + ": " + rows);
                    }
                }
            }
        }

        private static String deepest(ResultSet rs, int from, int to) throws SQLException {
            String out = "";
            for (int c = from; c <= to; c++) {
                int v = rs.getInt(c);
                if (!rs.wasNull()) {
                    out = Integer.toString(v);
                }
            }
            return out;
        }

        /**
         * Closes the connection.
         *
         * @throws SQLException if DuckDB fails
         */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            statement.close();
            connection.close();
        }
    }

    /**
     * budgetkit's roll-up of both trees.
     *
     * @param s the store
     * @return the totals
     */
    @Benchmark
    public RollUp budgetkit(Budgetkit s) {
        return s.store.rollUp(Dimension.FUNCTION, Dimension.ECONOMIC);
    }

    /**
     * budgetkit's roll-up when no unit has every combination (its general path).
     *
     * @param s the store with gaps
     * @return the totals
     */
    @Benchmark
    public RollUp budgetkitGeneralPath(BudgetkitWithGaps s) {
        return s.store.rollUp(Dimension.FUNCTION, Dimension.ECONOMIC);
    }

    /**
     * The hand-written loop on two threads.
     *
     * @param s the arrays
     * @return every total
     */
    @Benchmark
    public long[] handWrittenLoop(Arrays s) {
        return loop(s, true);
    }

    /**
     * The hand-written loop on one thread.
     *
     * @param s the arrays
     * @return every total
     */
    @Benchmark
    public long[] handWrittenLoopOneThread(Arrays s) {
        return loop(s, false);
    }

    /**
     * DuckDB's {@code GROUP BY ROLLUP}, every row fetched.
     *
     * @param s the connection
     * @return a checksum of the rows
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public long duckdb(DuckDb s) throws SQLException {
        long check = 0;
        long rows = 0;
        try (ResultSet rs = s.statement.executeQuery(DuckDb.ROLLUP)) {
            while (rs.next()) {
                check += rs.getInt(1) + rs.getInt(2) + rs.getInt(3) + rs.getInt(4) + rs.getInt(5) + rs.getInt(6)
                        + rs.getInt(7) + rs.getLong(8);
                rows++;
            }
        }
        check(rows == TOTALS, "duckdb rows: " + rows);
        return check;
    }

    /**
     * DuckDB's {@code GROUP BY ROLLUP}, counted and summed inside DuckDB: the engine alone.
     *
     * @param s the connection
     * @return the sum of the totals
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public long duckdbWithoutFetch(DuckDb s) throws SQLException {
        try (ResultSet rs = s.statement.executeQuery("SELECT count(*), SUM(total)::BIGINT FROM (" + DuckDb.ROLLUP + ")")) {
            rs.next();
            check(rs.getLong(1) == TOTALS, "duckdb totals: " + rs.getLong(1));
            return rs.getLong(2);
        }
    }

    static long[] loop(Arrays s, boolean parallel) {
        int f = FUNCTION_SLOTS;
        int e = ECONOMIC_SLOTS;
        int perUnit = NationalBudget.FUNDS * f * e;
        long[] out = new long[TOTALS];
        IntStream units = IntStream.range(0, NationalBudget.UNITS);
        (parallel ? units.parallel() : units).forEach(u -> {
            int[] unit = s.unit;
            int[] function = s.function;
            int[] economic = s.economic;
            int[] fund = s.fund;
            long[] fen = s.fen;
            // The facts are unit by unit: this unit's are one range, its totals one block.
            for (int i = u * NationalBudget.FACTS_PER_UNIT, end = i + NationalBudget.FACTS_PER_UNIT; i < end; i++) {
                int cell = ((unit[i] * NationalBudget.FUNDS + fund[i]) * f + function[i]) * e + economic[i];
                out[cell] = Math.addExact(out[cell], fen[i]);
            }
            for (int block = u * perUnit; block < (u + 1) * perUnit; block += f * e) {
                // Slots are ordered 项, 款, 类, total: ascending order adds children before parents.
                for (int x = 0; x < f - 1; x++) {
                    int from = block + x * e;
                    int to = block + FUNCTION_PARENT[x] * e;
                    for (int y = 0; y < NationalBudget.ECONOMICS; y++) {
                        out[to + y] = Math.addExact(out[to + y], out[from + y]);
                    }
                }
                for (int x = 0; x < f; x++) {
                    int row = block + x * e;
                    for (int y = 0; y < e - 1; y++) {
                        int to = row + ECONOMIC_PARENT[y];
                        out[to] = Math.addExact(out[to], out[row + y]);
                    }
                }
            }
        });
        return out;
    }

    /** Every total of one unit and fund source, keyed {@code function|economic} ("" for a total), from the generator. */
    static Map<String, Long> expected(int u, int s) {
        Map<String, Long> out = new HashMap<>();
        for (int f = 0; f < NationalBudget.FUNCTIONS; f++) {
            String fc = NationalBudget.FUNCTION_ITEMS.get(f).digits();
            String[] fLevels = {fc, fc.substring(0, 5), fc.substring(0, 3), ""};
            for (int e = 0; e < NationalBudget.ECONOMICS; e++) {
                String ec = NationalBudget.ECONOMIC_ITEMS.get(e).digits();
                String[] eLevels = {ec, ec.substring(0, 3), ""};
                int i = ((u * NationalBudget.FUNCTIONS + f) * NationalBudget.ECONOMICS + e) * NationalBudget.FUNDS + s;
                long fen = NationalBudget.fen(i);
                for (String a : fLevels) {
                    for (String b : eLevels) {
                        out.merge(a + "|" + b, fen, Math::addExact);
                    }
                }
            }
        }
        return out;
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("wrong result: " + what);
        }
    }
}
