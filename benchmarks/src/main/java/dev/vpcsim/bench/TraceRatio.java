package dev.vpcsim.bench;

import dev.vpcsim.bench.gen.DesignGenerator;
import dev.vpcsim.bench.ref.ReferenceEvaluator;
import dev.vpcsim.model.Design;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.TraceEngine;

import java.util.Arrays;
import java.util.List;

/**
 * The engine-to-reference ratio of {@link TraceBenchmark}, measured in alternating one-second blocks in one JVM so
 * that both sides see the same machine: on a shared machine the speed drifts by a factor of two within minutes,
 * which JMH's separate runs of the engine and the reference turn into a ratio error. Same design, flows and
 * order of flows as the benchmark; prints the median traces per second of each side and the median and quartiles
 * of the per-pair ratio.
 *
 * <pre>java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.vpcsim.bench.TraceRatio [10000|100000] [pairs]</pre>
 */
public final class TraceRatio {
    private TraceRatio() {
    }

    public static void main(String[] args) {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Design design = DesignGenerator.generate(rules >= 100_000 ? DesignGenerator.Size.large100kRules()
                : DesignGenerator.Size.large(), TraceBenchmark.SEED);
        List<Flow> list = DesignGenerator.flows(design, TraceBenchmark.SEED, TraceBenchmark.FLOWS);
        Flow[] flows = list.toArray(new Flow[0]);
        TraceEngine engine = new TraceEngine(design);
        ReferenceEvaluator reference = new ReferenceEvaluator(design);
        long[] sink = new long[1];
        int[] next = new int[2];
        Runnable e = () -> {
            sink[0] += engine.trace(flows[next[0]]).steps().size();
            next[0] = (next[0] + 1) & (TraceBenchmark.FLOWS - 1);
        };
        Runnable r = () -> {
            sink[0] += reference.evaluate(flows[next[1]]).hashCode();
            next[1] = (next[1] + 1) & (TraceBenchmark.FLOWS - 1);
        };
        for (int w = 0; w < 10; w++) {
            rate(e, 1);
            rate(r, 1);
        }
        double[] engineRates = new double[pairs];
        double[] referenceRates = new double[pairs];
        double[] ratios = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            engineRates[p] = rate(e, 1);
            referenceRates[p] = rate(r, 1);
            ratios[p] = engineRates[p] / referenceRates[p];
        }
        System.out.printf("rules %d, %d pairs of 1 s blocks: engine median %.0f traces/s, reference median %.0f "
                        + "traces/s, ratio median %.1f (quartiles %.1f to %.1f) [%d]%n", rules, pairs,
                median(engineRates), median(referenceRates), median(ratios), quantile(ratios, 0.25),
                quantile(ratios, 0.75), sink[0] & 1);
    }

    /** Calls per second over about {@code seconds}. */
    private static double rate(Runnable task, double seconds) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        long now;
        do {
            for (int i = 0; i < 256; i++) {
                task.run();
            }
            n += 256;
            now = System.nanoTime();
        } while (now < end);
        return n / ((now - start) / 1e9);
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
    }
}
