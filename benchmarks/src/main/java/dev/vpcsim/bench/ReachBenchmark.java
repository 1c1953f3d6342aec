package dev.vpcsim.bench;

import dev.vpcsim.bench.gen.DesignGenerator;
import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.exec.WorkUnit;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Workload;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Result;
import dev.vpcsim.trace.Tracer;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One whole reach matrix over the large synthetic design: 500 workloads x 5,000 endpoints and each endpoint's
 * listed ports, one work unit per workload, on a {@link LocalExecutor} of 2 threads. Reports seconds per matrix.
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

    private Design design;
    private Tracer tracer;
    private LocalExecutor executor;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.large(TraceBenchmark.SEED);
        tracer = Engines.tracer(design);
        executor = new LocalExecutor(THREADS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        executor.close();
    }

    /** The flows of one reach row: every endpoint, every listed port (the default port when none is listed). */
    static List<Flow> row(Design design, Workload w) {
        List<Flow> flows = new ArrayList<>();
        for (Endpoint e : design.endpoints()) {
            if (e.ports().isEmpty()) {
                flows.add(new Flow(w.name(), e.name(), Protocol.TCP, Flow.DEFAULT_PORT));
            }
            for (ProtocolPorts spec : e.ports()) {
                Protocol p = spec.protocol() == Protocol.ALL ? Protocol.TCP : spec.protocol();
                int port = spec.ports().isEmpty() || p == Protocol.ICMP ? Flow.DEFAULT_PORT : spec.ports().get(0).from();
                flows.add(new Flow(w.name(), e.name(), p, port));
            }
        }
        return flows;
    }

    /** Reachable cells per workload. */
    @Benchmark
    public List<Integer> reach() {
        List<WorkUnit<Integer>> units = new ArrayList<>();
        for (Workload w : design.workloads()) {
            Tracer t = tracer;
            Design d = design;
            units.add(() -> {
                int reachable = 0;
                for (Flow f : row(d, w)) {
                    if (t.trace(f).result() == Result.REACHABLE) {
                        reachable++;
                    }
                }
                return reachable;
            });
        }
        return executor.runAll(units);
    }
}
