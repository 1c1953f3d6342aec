package dev.vpcsim.capacity;

import dev.vpcsim.model.Workload;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many instances a Direct VPC workload runs at a moment, from its traffic profiles (scenario-format.md
 * {@code traffic.profiles}):
 * <ol>
 *   <li>{@code instances} given: that count (rounded up);</li>
 *   <li>else {@code requestsPerSecond}: ceil(rps x requestSeconds / concurrency) (Little's law: requests in
 *       flight / requests per instance);</li>
 *   <li>else only {@code throughputMbps}: ceil(throughput / 1000 Mbps), Cloud Run's up to 1 Gbps per
 *       instance [DVPC] (ASSUMPTION: a lower bound: the fewest instances that can carry the traffic);</li>
 *   <li>no profile: the workload's {@code minInstances}.</li>
 * </ol>
 * The count is clamped to the workload's {@code minInstances..maxInstances}. Several profiles of one workload
 * add up (each gives its count as above, the sum is clamped). Job tasks come from {@code traffic.jobs}, not
 * from here.
 *
 * @param workload     workload name
 * @param minInstances floor
 * @param maxInstances ceiling (never below the floor)
 * @param terms        one term per profile that gives a count; empty = always {@code minInstances}
 */
public record InstanceDemand(String workload, int minInstances, int maxInstances, List<Term> terms) {
    /** Cloud Run's throughput per instance: up to 1 Gbps [DVPC]. */
    public static final double THROUGHPUT_PER_INSTANCE_MBPS = 1000;

    /** Where a count comes from. */
    public enum Source { INSTANCES, REQUESTS, THROUGHPUT }

    /**
     * One profile's contribution: ceil(value x instancesPerUnit).
     *
     * @param source           which profile field
     * @param signal           the field's signal
     * @param instancesPerUnit 1 for instances, requestSeconds / concurrency for requests, 1 / 1000 for Mbps
     */
    public record Term(Source source, Signal signal, double instancesPerUnit) {
        public Term {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(signal, "signal");
            if (!(instancesPerUnit > 0)) {
                throw new IllegalArgumentException("instancesPerUnit must be positive");
            }
        }

        /** This term's count for a value of its signal: ceil(max(0, value) x instancesPerUnit). */
        public long instances(double value) {
            return InstanceDemand.ceilCount(value * instancesPerUnit);
        }
    }

    public InstanceDemand {
        Objects.requireNonNull(workload, "workload");
        if (minInstances < 0) {
            throw new IllegalArgumentException("minInstances must be >= 0");
        }
        maxInstances = Math.max(maxInstances, minInstances);
        terms = List.copyOf(terms);
    }

    /** The demand model of a workload from its profiles (those naming other workloads are skipped). */
    public static InstanceDemand of(Workload workload, List<Profile> profiles) {
        List<Term> terms = new ArrayList<>();
        for (Profile p : profiles) {
            if (p.workload().equals(workload.name())) {
                termOf(workload, p).ifPresent(terms::add);
            }
        }
        return new InstanceDemand(workload.name(), workload.scaling().minInstances(),
                workload.scaling().maxInstances(), terms);
    }

    /** The count one profile gives: from {@code instances}, else requests, else throughput; empty if none. */
    public static Optional<Term> termOf(Workload workload, Profile p) {
        if (p.instances().isPresent()) {
            return Optional.of(new Term(Source.INSTANCES, p.instances().get(), 1));
        }
        if (p.requestsPerSecond().isPresent()) {
            return Optional.of(new Term(Source.REQUESTS, p.requestsPerSecond().get(),
                    p.requestSeconds() / workload.scaling().concurrency()));
        }
        if (p.throughputMbps().isPresent()) {
            return Optional.of(new Term(Source.THROUGHPUT, p.throughputMbps().get(), 1 / THROUGHPUT_PER_INSTANCE_MBPS));
        }
        return Optional.empty();
    }

    /** Clamps a summed count to min..max. */
    public int clamp(long instances) {
        return (int) Math.max(minInstances, Math.min(maxInstances, instances));
    }

    /** The instance count for one value per term (in term order). */
    public int instances(double... termValues) {
        if (termValues.length != terms.size()) {
            throw new IllegalArgumentException("expected " + terms.size() + " values, got " + termValues.length);
        }
        long sum = 0;
        for (int i = 0; i < termValues.length; i++) {
            sum = saturatingAdd(sum, terms.get(i).instances(termValues[i]));
        }
        return clamp(sum);
    }

    /** ceil(x) for x >= 0, with a 1e-9 tolerance for floating error; 0 for negative or NaN. */
    static long ceilCount(double x) {
        if (!(x > 0)) {
            return 0;
        }
        double c = Math.ceil(x - ConnectorScaling.EPSILON);
        return c >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) c;
    }

    static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 || s > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : s;
    }
}
