package dev.vpcsim.bench;

import dev.vpcsim.bench.gen.DesignGenerator;
import dev.vpcsim.bench.ref.ReferenceEvaluator;
import dev.vpcsim.bench.ref.Verdict;
import dev.vpcsim.model.Design;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Trace;
import dev.vpcsim.trace.TraceEngine;
import dev.vpcsim.trace.Tracer;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Traces per second on one thread over the large synthetic design (100 networks, 2,000 subnets, 500 workloads,
 * 5,000 endpoints) with 10,000 or 100,000 firewall rules: the engine against the plain reference evaluator.
 * Each invocation traces the next of 4,096 seeded random flows.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar TraceBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TraceBenchmark {
    static final long SEED = 20_240_601L;
    static final int FLOWS = 4_096;

    @Param({"10000", "100000"})
    public int rules;

    private Tracer engine;
    private ReferenceEvaluator reference;
    private Flow[] flows;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        DesignGenerator.Size size = rules >= 100_000 ? DesignGenerator.Size.large100kRules()
                : DesignGenerator.Size.large();
        Design design = DesignGenerator.generate(size, SEED);
        List<Flow> list = DesignGenerator.flows(design, SEED, FLOWS);
        flows = list.toArray(new Flow[0]);
        engine = new TraceEngine(design);
        reference = new ReferenceEvaluator(design);
    }

    private Flow nextFlow() {
        Flow f = flows[next];
        next = (next + 1) & (FLOWS - 1);
        return f;
    }

    @Benchmark
    public Trace engine() {
        return engine.trace(nextFlow());
    }

    @Benchmark
    public Verdict reference() {
        return reference.evaluate(nextFlow());
    }
}
