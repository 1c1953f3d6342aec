package dev.vpcsim.bench;

import dev.vpcsim.bench.gen.DesignGenerator;
import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.model.Design;
import dev.vpcsim.trace.Reach;
import dev.vpcsim.trace.ReachRow;
import dev.vpcsim.trace.TraceEngine;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One whole reach matrix over the large synthetic design (500 workloads x 5,000 endpoints and each endpoint's
 * probes, {@link Reach#probes}) with {@link Reach#rows(Design, dev.vpcsim.exec.WorkExecutor)} on a
 * {@link LocalExecutor} of 2 threads, as {@code vpcsim reach --threads 2} runs it. Each measured matrix starts from
 * a design object the engine has not seen, so building the engine's indexes is part of the time.
 * {@link #engineBuild} times that construction alone. Unit: seconds per operation.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ReachBenchmark -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ReachBenchmark {
    static final int THREADS = 2;

    private Design template;
    private Design design;
    private LocalExecutor executor;

    @Setup(Level.Trial)
    public void setUp() {
        template = DesignGenerator.large(TraceBenchmark.SEED);
        executor = new LocalExecutor(THREADS);
    }

    /** A fresh design object (equal content) for every measured operation: no engine cached for it yet. */
    @Setup(Level.Iteration)
    public void freshDesign() {
        design = template.toBuilder().build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        executor.close();
    }

    @Benchmark
    public List<ReachRow> reach() {
        return Reach.rows(design, executor);
    }

    @Benchmark
    public TraceEngine engineBuild() {
        return new TraceEngine(design);
    }
}
