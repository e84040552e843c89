package org.budgetkit.examples.bench;

import java.util.concurrent.TimeUnit;
import org.budgetkit.model.money.Amount;
import org.budgetkit.model.money.AmountUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing printed figures: the innermost step of every reader. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AmountBenchmark {
    private final String[] figures = {"1,877", "747.64", "0", "87267272.44", "—", "(131)", "1,039"};

    /**
     * Parses seven printed figures.
     *
     * @return a checksum of the signs, so the work is not eliminated
     */
    @Benchmark
    public int parseFigures() {
        int sum = 0;
        for (String f : figures) {
            sum += Amount.parseFigure(f, AmountUnit.TEN_THOUSAND_YUAN).signum();
        }
        return sum;
    }
}
