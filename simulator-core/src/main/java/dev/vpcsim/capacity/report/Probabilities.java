package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;

/**
 * Shares of the Monte Carlo runs (0..1) in which something went short.
 *
 * @param connectors per connector, sorted by name
 * @param subnets    per subnet, sorted by network then name
 */
public record Probabilities(List<ConnectorRisk> connectors, List<SubnetRisk> subnets) implements Serializable {
    public Probabilities {
        connectors = List.copyOf(connectors);
        subnets = List.copyOf(subnets);
    }

    /**
     * @param name                    connector name
     * @param saturationProbability   share of runs with any saturated second (including the scale-out delay)
     * @param peakAboveMaxProbability share of runs whose peak needs more than max instances (scaling cannot help)
     */
    public record ConnectorRisk(String name, double saturationProbability, double peakAboveMaxProbability)
            implements Serializable {
    }

    /**
     * @param network               network name
     * @param name                  subnet name
     * @param exhaustionProbability share of runs in which an instance or task failed to start for want of addresses
     */
    public record SubnetRisk(String network, String name, double exhaustionProbability) implements Serializable {
    }
}
