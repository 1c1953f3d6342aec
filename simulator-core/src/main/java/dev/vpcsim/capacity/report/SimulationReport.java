package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The summary of {@code vpcsim simulate}, shaped for {@code --format json} (cli.md). {@code connectors} and
 * {@code subnets} describe the baseline run (the traffic as written, without noise); {@code percentiles} and
 * {@code probabilities} describe the Monte Carlo runs (the baseline alone when {@code runs} is 1).
 *
 * @param durationSeconds length of the simulated time
 * @param stepSeconds     time step
 * @param runs            Monte Carlo runs (1: the baseline only)
 * @param seed            seed of the Monte Carlo noise
 * @param connectors      per connector, sorted by name
 * @param subnets         per Direct VPC subnet, sorted by network then name
 * @param percentiles     p50, p95, p99 of each run's peaks
 * @param probabilities   share of runs that saturated or ran out of addresses
 * @param recommendations what would carry the peak, and what it costs
 * @param assumptions     the assumptions the figures rest on (docs/capacity.md)
 */
public record SimulationReport(long durationSeconds, long stepSeconds, int runs, long seed,
                               List<ConnectorReport> connectors, List<SubnetReport> subnets,
                               Percentiles percentiles, Probabilities probabilities,
                               Recommendations recommendations, List<String> assumptions) implements Serializable {
    public SimulationReport {
        connectors = List.copyOf(connectors);
        subnets = List.copyOf(subnets);
        Objects.requireNonNull(percentiles, "percentiles");
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(recommendations, "recommendations");
        assumptions = List.copyOf(assumptions);
    }
}
