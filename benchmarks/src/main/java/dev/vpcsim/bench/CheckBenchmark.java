package dev.vpcsim.bench;

import dev.vpcsim.check.CheckReport;
import dev.vpcsim.check.CheckRunner;
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
 * {@code vpcsim check} end to end on a scenario with many firewall rules: load (parse, map, build) and check
 * (every lint rule, including the shadowed-rule analysis, and the intents). Acceptance: 10,000 rules under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class CheckBenchmark {
    @Param({"10000"})
    int rules;

    private String yaml;

    @Setup
    public void setUp() {
        yaml = FirewallScenarioYaml.withRules(rules);
    }

    @Benchmark
    public CheckReport loadAndCheck() {
        return CheckRunner.run(ScenarioLoader.load("rules.yaml", yaml, Path.of(".")).design());
    }
}
