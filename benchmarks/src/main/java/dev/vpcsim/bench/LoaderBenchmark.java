package dev.vpcsim.bench;

import dev.vpcsim.model.Design;
import dev.vpcsim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Time to load (parse, map, check references, derive) a scenario with many firewall rules, from text already in
 * memory. Run: {@code java -jar benchmarks/target/benchmarks.jar LoaderBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class LoaderBenchmark {

    /** Number of firewall rules in the scenario. */
    @Param("10000")
    public int rules;

    private String yaml;

    @Setup
    public void generate() {
        yaml = FirewallScenarioYaml.withRules(rules);
    }

    @Benchmark
    public Design load() {
        return ScenarioLoader.load("bench.yaml", yaml, Path.of(".")).design();
    }
}
