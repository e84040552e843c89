package org.budgetkit.examples.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.model.dimension.BudgetUnit;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3 of issue 8: reading a tidy CSV file with budgetkit against raw
 * jackson-dataformat-csv parses of the same bytes. Every contender is handed the same
 * {@code byte[]} (UTF-8, as {@link TidyCsv#toBytes} writes it) and decodes it itself.
 *
 * <p>The data: the seed's 705 facts, copied {@code copies} times, each copy a different
 * department ({@code 部门 深圳市坪山区信访局} with the copy's number appended; units under it
 * likewise) read from a different source file, as in a file gathering many departments'
 * disclosures: 10,575, 105,750 or 1,057,500 facts (1.9 MB, 19 MB, 190 MB of CSV).
 *
 * <p>The score to compare is the {@code facts} counter: facts (data rows) per second, counted
 * by each contender from what it read. The contenders:
 * <ul>
 * <li>{@code budgetkit}: {@link TidyCsv#read(byte[], String, ReadOptions)}, charset detected,
 *     every field checked, the {@link FactSet} built;
 * <li>{@code jacksonTokens}: {@link CsvParser}'s token stream, the text of every field read
 *     ({@code nextToken} builds each field's {@code String}, {@code getText} returns it), the
 *     floor: nothing checked, nothing kept;
 * <li>{@code jacksonRecords}: databind's {@code MappingIterator<String[]>}, one array a row,
 *     not kept;
 * <li>{@code jacksonRecordsKept}: the same rows all kept in a list, as a reader keeps its
 *     facts (for information).
 * </ul>
 * Before timing, every contender's count is checked against the data, and budgetkit's result
 * against the facts written (a wrong reader stops the run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TidyCsvReadBenchmark {
    /** Copies of the seed: 10,575, 105,750 and 1,057,500 facts. */
    @Param({"15", "150", "1500"})
    public int copies;

    private byte[] csv;
    private int facts;
    private ObjectReader records;
    private CsvMapper mapper;

    /** Facts read per second: each contender adds the rows it read. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Facts {
        /** Rows (facts) read. */
        public long facts;

        /** Zeroes the count before each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            facts = 0;
        }
    }

    /**
     * Builds the file once and checks every contender on it.
     *
     * @throws IOException never, the input being in memory
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        FactSet seed = PingshanPetitionBureau2023.document().facts();
        List<Fact> all = new ArrayList<>(seed.size() * copies);
        for (int copy = 0; copy < copies; copy++) {
            String suffix = copy == 0 ? "" : Integer.toString(copy);
            for (Fact f : seed) {
                BudgetUnit u = f.coordinates().get(Dimension.UNIT).orElseThrow();
                BudgetUnit renamed = u.kind() == BudgetUnit.Kind.DEPARTMENT ? BudgetUnit.department(u.name() + suffix)
                        : BudgetUnit.unit(u.department() + suffix, u.name());
                Provenance p = f.provenance();
                all.add(Fact.of(f.amount(), f.coordinates().with(Dimension.UNIT, renamed),
                        new Provenance(suffix + p.source(), p.table(), p.row(), p.column(), p.line(), p.page())));
            }
        }
        FactSet written = FactSet.of(all);
        facts = written.size();
        csv = TidyCsv.toBytes(written);
        mapper = new CsvMapper();
        records = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY);

        Facts check = new Facts();
        if (!budgetkit(check).equals(written)) {
            throw new IllegalStateException("budgetkit read other facts than were written");
        }
        jacksonTokens(check);
        jacksonRecords(check);
        if (jacksonRecordsKept(check).size() != facts + 1) {
            throw new IllegalStateException("jacksonRecordsKept kept a wrong number of rows");
        }
        if (check.facts != 4L * facts) {
            throw new IllegalStateException("a contender counted " + check.facts + " rows for 4 × " + facts);
        }
    }

    /**
     * budgetkit's tidy CSV reader.
     *
     * @param n the fact counter
     * @return the facts
     */
    @Benchmark
    public FactSet budgetkit(Facts n) {
        FactSet read = TidyCsv.read(csv, "facts.csv", ReadOptions.defaults());
        n.facts += read.size();
        return read;
    }

    /**
     * The floor: jackson-dataformat-csv's streaming parser, the text of every field read.
     *
     * @param n the fact counter
     * @return the total length of all fields, so that no work is eliminated
     * @throws IOException never, the input being in memory
     */
    @Benchmark
    public long jacksonTokens(Facts n) throws IOException {
        long chars = 0;
        long rows = 0;
        try (CsvParser p = (CsvParser) mapper.createParser(csv)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    chars += p.getText().length();
                } else if (t == JsonToken.START_ARRAY) {
                    rows++;
                }
            }
        }
        // The outer array and the header are not facts.
        n.facts += rows - 2;
        return chars;
    }

    /**
     * jackson-databind's reading of every row as a {@code String[]}, not kept.
     *
     * @param n the fact counter
     * @return the number of fields, so that no work is eliminated
     * @throws IOException never, the input being in memory
     */
    @Benchmark
    public long jacksonRecords(Facts n) throws IOException {
        long fields = 0;
        long rows = 0;
        try (MappingIterator<String[]> it = records.readValues(csv)) {
            while (it.hasNext()) {
                fields += it.next().length;
                rows++;
            }
        }
        n.facts += rows - 1;
        return fields;
    }

    /**
     * jackson-databind's reading of every row as a {@code String[]}, all kept.
     *
     * @param n the fact counter
     * @return the rows, header included
     * @throws IOException never, the input being in memory
     */
    @Benchmark
    public List<String[]> jacksonRecordsKept(Facts n) throws IOException {
        List<String[]> rows;
        try (MappingIterator<String[]> it = records.readValues(csv)) {
            rows = it.readAll();
        }
        n.facts += rows.size() - 1;
        return rows;
    }
}
