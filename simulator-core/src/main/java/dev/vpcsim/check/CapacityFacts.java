package dev.vpcsim.check;

import dev.vpcsim.capacity.Simulation;
import dev.vpcsim.capacity.SimulationOptions;
import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.Recommendations.ConnectorRecommendation;
import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.capacity.report.SubnetPoint;
import dev.vpcsim.capacity.report.SubnetReport;
import dev.vpcsim.capacity.report.SubnetSeries;
import dev.vpcsim.model.Design;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the capacity simulator says about a design, for the checks that use it ({@code connector-undersized},
 * {@code direct-vpc-ip-headroom}). One instance per check run: the simulation runs at most once, on first use,
 * and only when the scenario has {@code traffic}; without traffic every lookup is empty and nothing runs.
 * <p>
 * The run is the baseline of {@code vpcsim simulate} with the traffic's own duration and step: the traffic as
 * written, without noise (a single run; the seed does not matter), so the findings are deterministic. Not
 * thread-safe beyond the synchronized computation: meant for one check run on one thread.
 */
final class CapacityFacts {
    private final Design design;
    private final Function<Design, SimulationResult> simulator;
    private boolean computed;
    private Optional<SimulationResult> result = Optional.empty();

    CapacityFacts(Design design, Function<Design, SimulationResult> simulator) {
        this.design = Objects.requireNonNull(design, "design");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    /** The facts of the design, computed lazily by the capacity simulator's noise-free baseline. */
    static CapacityFacts of(Design design) {
        return new CapacityFacts(design, CapacityFacts::simulate);
    }

    private static SimulationResult simulate(Design design) {
        return new Simulation().run(design, SimulationOptions.of(design).withRuns(1));
    }

    /** The simulation's result, or empty when the design has no traffic (then nothing is run). */
    synchronized Optional<SimulationResult> result() {
        if (!computed) {
            computed = true;
            if (design.scenario().traffic().isPresent()) {
                result = Optional.of(simulator.apply(design));
            }
        }
        return result;
    }

    /** Whether the simulation ran (for tests: a design without traffic never runs it). */
    synchronized boolean simulated() {
        return result.isPresent();
    }

    /** The simulated run's length (the traffic's duration). */
    Optional<Long> durationSeconds() {
        return result().map(r -> r.report().durationSeconds());
    }

    Optional<ConnectorReport> connector(String name) {
        return result().flatMap(r -> r.report().connectors().stream().filter(c -> c.name().equals(name))
                .findFirst());
    }

    Optional<ConnectorRecommendation> recommendation(String connector) {
        return result().flatMap(r -> r.report().recommendations().connectors().stream()
                .filter(c -> c.name().equals(connector)).findFirst());
    }

    Optional<SubnetReport> subnet(String network, String name) {
        return result().flatMap(r -> r.report().subnets().stream()
                .filter(s -> s.network().equals(network) && s.name().equals(name)).findFirst());
    }

    /**
     * When the subnet first turned an instance or task away: the first time-series bucket with a failed start.
     * Empty without traffic or without a failed start.
     */
    Optional<DryWindow> firstFailure(String network, String name) {
        Optional<SimulationResult> r = result();
        if (r.isEmpty()) {
            return Optional.empty();
        }
        long bucketSeconds = r.get().series().bucketSeconds();
        long stepSeconds = r.get().series().stepSeconds();
        long durationSeconds = r.get().report().durationSeconds();
        long lastStepStart = (durationSeconds + stepSeconds - 1) / stepSeconds * stepSeconds - stepSeconds;
        for (SubnetSeries s : r.get().series().subnets()) {
            if (!s.network().equals(network) || !s.name().equals(name)) {
                continue;
            }
            for (SubnetPoint p : s.points()) {
                if (p.failedStarts() > 0) {
                    return Optional.of(new DryWindow(p.seconds(),
                            Math.min(p.seconds() + bucketSeconds - stepSeconds, lastStepStart)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The step in which a subnet first ran dry, known to within the series' resolution: it starts between
     * {@code fromSeconds} and {@code toSeconds} (equal when the series keeps one point per step).
     */
    record DryWindow(long fromSeconds, long toSeconds) {
        boolean exact() {
            return fromSeconds == toSeconds;
        }
    }
}
