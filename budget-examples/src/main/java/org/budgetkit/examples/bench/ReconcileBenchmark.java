package org.budgetkit.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Reconciliation throughput (issue 8, benchmark 2): the seed (705 facts) and a deterministic set
 * of generated seed-sized documents ({@link SeedSizedDocuments}, 10,000 by default, about 850
 * facts each). The {@code facts} counter is the number of facts reconciled per second.
 *
 * <ul>
 *   <li>{@link #generatedSet} and {@link #generatedSetTwoThreads}: one operation reconciles the
 *       next document of the set (each thread walks the set from its own starting point), on one
 *       and on two threads;
 *   <li>{@link #allDocuments} and {@link #allDocumentsOneThread}: one operation reconciles the
 *       whole set, split over two worker threads (documents are independent) or on one.
 * </ul>
 *
 * Every document's reconciliation is the public {@link Reconciler#standard()} call, findings
 * with their messages included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ReconcileBenchmark {
    /** How many generated documents the set holds. */
    @Param("10000")
    public int documents;

    private Document seed;
    private List<Document> generated;
    private long generatedFacts;
    private ExecutorService workers;

    /** Facts reconciled, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Facts reconciled. */
        public long facts;
    }

    /** Where a thread is in the generated set. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /**
         * Starts each thread at its own share of the set.
         *
         * @param benchmark the benchmark state
         * @param thread the thread's parameters
         */
        @Setup(Level.Trial)
        public void start(ReconcileBenchmark benchmark, ThreadParams thread) {
            next = (int) ((long) benchmark.documents * thread.getThreadIndex() / thread.getThreadCount());
        }
    }

    /** Builds the seed and the generated set (once per trial) and the two worker threads. */
    @Setup(Level.Trial)
    public void setUp() {
        seed = PingshanPetitionBureau2023.document();
        generated = SeedSizedDocuments.generate(documents, 20_231_000L);
        // Every document reconciled once on this thread: a check that the set has no errors, and
        // a warm-up of the compiler that the two-thread benchmarks would otherwise starve of CPU
        // (their two busy threads leave the JIT's threads little of a two-core machine).
        long facts = 0;
        int withErrors = 0;
        long findings = 0;
        for (Document d : generated) {
            facts += d.facts().size();
            Reconciliation r = Reconciler.standard().reconcile(d);
            withErrors += r.hasErrors() ? 1 : 0;
            findings += r.findings().size();
        }
        generatedFacts = facts;
        workers = Executors.newFixedThreadPool(2);
        System.out.println("generated " + generated.size() + " documents, " + facts + " facts ("
                + facts / generated.size() + " a document); " + findings + " findings, errors in " + withErrors);
    }

    /** Stops the worker threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        workers.shutdownNow();
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
     * Reconciles the next document of the generated set, on one thread.
     *
     * @param counters the facts counter
     * @param cursor where the thread is in the set
     * @return the reconciliation
     */
    @Benchmark
    public Reconciliation generatedSet(Counters counters, Cursor cursor) {
        return next(counters, cursor);
    }

    /**
     * Reconciles the next document of the generated set, on each of two threads.
     *
     * @param counters the facts counter
     * @param cursor where the thread is in the set
     * @return the reconciliation
     */
    @Benchmark
    @Threads(2)
    public Reconciliation generatedSetTwoThreads(Counters counters, Cursor cursor) {
        return next(counters, cursor);
    }

    private Reconciliation next(Counters counters, Cursor cursor) {
        Document d = generated.get(cursor.next);
        cursor.next = cursor.next + 1 == generated.size() ? 0 : cursor.next + 1;
        Reconciliation r = Reconciler.standard().reconcile(d);
        counters.facts += r.facts();
        return r;
    }

    /**
     * Reconciles every document of the generated set, split over two worker threads (even and
     * odd positions).
     *
     * @param counters the facts counter
     * @return the number of findings, so that nothing is optimized away
     * @throws InterruptedException if interrupted
     * @throws ExecutionException if a reconciliation fails
     */
    @Benchmark
    public long allDocuments(Counters counters) throws InterruptedException, ExecutionException {
        List<Future<Long>> parts = new ArrayList<>(2);
        for (int w = 0; w < 2; w++) {
            int first = w;
            parts.add(workers.submit(() -> reconcile(first, 2)));
        }
        long findings = 0;
        for (Future<Long> f : parts) {
            findings += f.get();
        }
        counters.facts += generatedFacts;
        return findings;
    }

    /**
     * Reconciles every document of the generated set on the benchmark thread.
     *
     * @param counters the facts counter
     * @return the number of findings, so that nothing is optimized away
     */
    @Benchmark
    public long allDocumentsOneThread(Counters counters) {
        long findings = reconcile(0, 1);
        counters.facts += generatedFacts;
        return findings;
    }

    private long reconcile(int first, int step) {
        long findings = 0;
        for (int i = first; i < generated.size(); i += step) {
            findings += Reconciler.standard().reconcile(generated.get(i)).findings().size();
        }
        return findings;
    }
}
