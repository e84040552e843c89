package org.budgetkit.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.budgetkit.rules.Reconciler;
import org.budgetkit.rules.Reconciliation;
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
 * Reconciliation throughput: the seed (705 facts) and a deterministic set of generated
 * seed-sized documents ({@link SeedSizedDocuments}, 10,000 by default), each invocation
 * reconciling the next document of the set in turn. The {@code facts} counter is the number
 * of facts reconciled per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ReconcileBenchmark {
    /** How many generated documents the set holds. */
    @Param("10000")
    public int documents;

    private Document seed;
    private List<Document> generated;
    private int next;

    /** Facts reconciled, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Facts reconciled. */
        public long facts;
    }

    /** Builds the seed and the generated set (once per trial). */
    @Setup(Level.Trial)
    public void setUp() {
        seed = PingshanPetitionBureau2023.document();
        generated = SeedSizedDocuments.generate(documents, 20_231_000L);
        long facts = 0;
        int withErrors = 0;
        for (int i = 0; i < generated.size(); i++) {
            facts += generated.get(i).facts().size();
            if (i < 200 && Reconciler.standard().reconcile(generated.get(i)).hasErrors()) {
                withErrors++;
            }
        }
        System.out.println("generated " + generated.size() + " documents, " + facts + " facts ("
                + facts / generated.size() + " a document); errors in " + withErrors + " of the first 200");
    }

    /**
     * Reconciles the seed.
     *
     * @param counters the facts counter
     * @return the reconciliation
     */
    @Benchmark
    public Reconciliation seed(Counters counters) {
        Reconciliation r = Reconciler.standard().reconcile(seed);
        counters.facts += r.facts();
        return r;
    }

    /**
     * Reconciles the next document of the generated set.
     *
     * @param counters the facts counter
     * @return the reconciliation
     */
    @Benchmark
    public Reconciliation generatedSet(Counters counters) {
        Document d = generated.get(next);
        next = next + 1 == generated.size() ? 0 : next + 1;
        Reconciliation r = Reconciler.standard().reconcile(d);
        counters.facts += r.facts();
        return r;
    }
}
