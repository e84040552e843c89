package org.budgetkit.examples.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budgetkit.io.ReadOptions;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.json.BudgetJson;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.fact.Provenance;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tidy CSV and JSON reading and writing, in facts per second, beside a raw
 * jackson-dataformat-csv parse of the same CSV file (the floor budgetkit's reader builds on:
 * tokens only, every field read as a string, nothing checked). The data: the seed's 705 facts
 * copied 15 times with distinct provenance lines, 10,575 facts (about 1.9 MB of CSV).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormatsBenchmark {
    /** Facts per invocation: the seed's 705 × 15. */
    static final int FACTS = 705 * 15;

    private FactSet facts;
    private byte[] csv;
    private byte[] json;
    private CsvMapper mapper;

    /** Builds the data once. */
    @Setup
    public void setUp() {
        List<Fact> all = new ArrayList<>(FACTS);
        for (int copy = 0; copy < 15; copy++) {
            for (Fact f : PingshanPetitionBureau2023.document().facts()) {
                Provenance p = f.provenance();
                all.add(Fact.of(f.amount(), f.coordinates(), new Provenance(p.source(), p.table(), p.row(), p.column(),
                        p.line() + copy * 10_000, p.page())));
            }
        }
        facts = FactSet.of(all);
        csv = TidyCsv.toBytes(facts);
        json = BudgetJson.toBytes(facts);
        mapper = new CsvMapper();
        if (facts.size() != FACTS) {
            throw new IllegalStateException("expected " + FACTS + " facts");
        }
    }

    /**
     * Reads the tidy CSV: decoding with charset detection, every field checked, facts built.
     *
     * @return the facts
     */
    @Benchmark
    @OperationsPerInvocation(FACTS)
    public FactSet tidyCsvRead() {
        return TidyCsv.read(csv, "facts.csv", ReadOptions.defaults());
    }

    /**
     * Writes the tidy CSV as UTF-8 bytes.
     *
     * @return the bytes
     */
    @Benchmark
    @OperationsPerInvocation(FACTS)
    public byte[] tidyCsvWrite() {
        return TidyCsv.toBytes(facts);
    }

    /**
     * Reads the facts' JSON.
     *
     * @return the facts
     */
    @Benchmark
    @OperationsPerInvocation(FACTS)
    public FactSet jsonRead() {
        return BudgetJson.readFacts(json, "facts.json", ReadOptions.defaults());
    }

    /**
     * Writes the facts' JSON as UTF-8 bytes.
     *
     * @return the bytes
     */
    @Benchmark
    @OperationsPerInvocation(FACTS)
    public byte[] jsonWrite() {
        return BudgetJson.toBytes(facts);
    }

    /**
     * The baseline: jackson-dataformat-csv's streaming parser over the same CSV bytes, every
     * field's text read, nothing else.
     *
     * @return the number of fields, so the work is not eliminated
     * @throws IOException never, the input being in memory
     */
    @Benchmark
    @OperationsPerInvocation(FACTS)
    public long rawJacksonCsvTokens() throws IOException {
        long fields = 0;
        try (CsvParser p = (CsvParser) mapper.createParser(csv)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    fields += p.getText().length();
                }
            }
        }
        return fields;
    }

    /**
     * The baseline through databind: every record as a {@code String[]}.
     *
     * @return the number of records
     * @throws IOException never, the input being in memory
     */
    @Benchmark
    @OperationsPerInvocation(FACTS)
    public long rawJacksonCsvRecords() throws IOException {
        long records = 0;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            while (it.hasNext()) {
                records += it.next().length;
            }
        }
        return records;
    }
}
