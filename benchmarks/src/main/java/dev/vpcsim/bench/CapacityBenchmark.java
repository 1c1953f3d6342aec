package dev.vpcsim.bench;

import dev.vpcsim.capacity.Simulation;
import dev.vpcsim.capacity.SimulationOptions;
import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.exec.WorkExecutor;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;
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
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Capacity simulation throughput (docs/performance.md, "capacity"):
 * <ul>
 *   <li>{@link #thirtyDaysHundredWorkloads}: 30 days at 1 s steps (2,592,000 steps), 100 workloads: 50 on 5
 *       connectors (diurnal throughput), 50 on 5 Direct VPC subnets (diurnal requests per second, one rollout a
 *       day each), baseline only, one thread. Target: under 5 s.</li>
 *   <li>{@link #thousandRunsOneDay}: 1,000 Monte Carlo runs of one day at 1 s steps, 10 workloads (5 on a
 *       connector, 5 on Direct VPC), every signal with noise cv 0.1, on 2 threads. Target: under 60 s.</li>
 * </ul>
 * Run briefly: {@code java -jar benchmarks/target/benchmarks.jar CapacityBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CapacityBenchmark {
    private static final String REGION = "europe-west1";

    private Design month;
    private Design day;
    private WorkExecutor twoThreads;

    @Setup(Level.Trial)
    public void setUp() {
        month = design(30 * 86_400L, 50, 50, 0, 1);
        day = design(86_400L, 5, 5, 0.1, 2);
        twoThreads = new LocalExecutor(2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        twoThreads.close();
    }

    @Benchmark
    public SimulationResult thirtyDaysHundredWorkloads() {
        return new Simulation().run(month, SimulationOptions.of(month));
    }

    @Benchmark
    public SimulationResult thousandRunsOneDay() {
        return new Simulation().run(day, SimulationOptions.of(day).withRuns(1000).withSeed(1), twoThreads,
                WorkExecutor.Progress.NONE);
    }

    /**
     * A seeded synthetic design: {@code connectorWorkloads} services spread over 5 connectors and
     * {@code directWorkloads} services spread over 5 Direct VPC /22 subnets, diurnal traffic with random
     * base, peak and phase, a rollout per Direct VPC service per day.
     */
    public static Design design(long durationSeconds, int connectorWorkloads, int directWorkloads, double noiseCv,
                                long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Subnet> subnets = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            subnets.add(new Subnet("run-" + s, REGION, Cidr.of("10." + (s + 1) + ".0.0/22")));
        }
        DesignBuilder b = new DesignBuilder("capacity-benchmark")
                .network(new Network("vpc", true, subnets, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        for (int c = 0; c < 5; c++) {
            b.connector(new Connector("conn-" + c, REGION, "vpc", Optional.of(Cidr.of("10.8.0." + (16 * c) + "/28")),
                    Optional.empty(), "e2-micro", 2, 10, Optional.empty(), 60, Optional.empty(), ConnectorState.READY,
                    true));
        }
        List<Profile> profiles = new ArrayList<>();
        List<Rollout> rollouts = new ArrayList<>();
        for (int w = 0; w < connectorWorkloads; w++) {
            String name = "api-" + w;
            b.workload(new Workload(name, WorkloadType.CLOUD_RUN_SERVICE, 2, REGION, Optional.empty(),
                    Optional.of("conn-" + (w % 5)), Optional.empty(), Optional.empty(), List.of(),
                    VpcEgress.PRIVATE_RANGES_ONLY, Scaling.DEFAULT));
            Shape shape = new Shape.Diurnal(5 + random.nextInt(20), 40 + random.nextInt(120), 86_400,
                    random.nextInt(86_400));
            profiles.add(new Profile(name, Optional.of(new Signal(shape, noiseCv)), Optional.empty(), Optional.empty(), 0.2));
        }
        for (int w = 0; w < directWorkloads; w++) {
            String name = "web-" + w;
            b.workload(new Workload(name, WorkloadType.CLOUD_RUN_SERVICE, 2, REGION, Optional.empty(),
                    Optional.empty(), Optional.of("vpc"), Optional.of("run-" + (w % 5)), List.of(),
                    VpcEgress.PRIVATE_RANGES_ONLY, new Scaling(1, 100, 80)));
            Shape rps = new Shape.Diurnal(50 + random.nextInt(200), 1000 + random.nextInt(4000), 86_400,
                    random.nextInt(86_400));
            profiles.add(new Profile(name, Optional.empty(), Optional.empty(), Optional.of(new Signal(rps, noiseCv)), 0.2));
            for (long day = 0; day * 86_400 < durationSeconds; day++) {
                rollouts.add(new Rollout(name, day * 86_400 + random.nextInt(86_400)));
            }
        }
        b.traffic(new Traffic(durationSeconds, 1, profiles, rollouts, List.of()));
        return b.build();
    }

    /** A quick timing without JMH: {@code java -cp benchmarks.jar dev.vpcsim.bench.CapacityBenchmark}. */
    public static void main(String[] args) {
        CapacityBenchmark bench = new CapacityBenchmark();
        bench.setUp();
        try {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                SimulationResult r = bench.thirtyDaysHundredWorkloads();
                long t1 = System.nanoTime();
                System.out.printf("30 days x 100 workloads: %.2f s (%d connectors, %d subnets)%n", (t1 - t0) / 1e9,
                        r.report().connectors().size(), r.report().subnets().size());
            }
            long t0 = System.nanoTime();
            SimulationResult r = bench.thousandRunsOneDay();
            System.out.printf("1000 runs x 1 day x 10 workloads, 2 threads: %.2f s (p99 peak %.1f Mbps)%n",
                    (System.nanoTime() - t0) / 1e9, r.report().percentiles().p99().connectors().get(0).peakDemandMbps());
        } finally {
            bench.tearDown();
        }
    }
}
