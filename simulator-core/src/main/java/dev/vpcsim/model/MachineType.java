package dev.vpcsim.model;

import java.util.Optional;

/**
 * Connector machine types with their documented throughput per instance [SVA] and an on-demand list price
 * (ASSUMPTION: us-central1 prices, used for every region unless a scenario overrides them).
 */
public enum MachineType {
    F1_MICRO("f1-micro", 50, 0.0076),
    E2_MICRO("e2-micro", 100, 0.008376),
    E2_STANDARD_4("e2-standard-4", 1600, 0.134012);

    private final String id;
    private final double throughputMbps;
    private final double pricePerHourUsd;

    MachineType(String id, double throughputMbps, double pricePerHourUsd) {
        this.id = id;
        this.throughputMbps = throughputMbps;
        this.pricePerHourUsd = pricePerHourUsd;
    }

    public String id() {
        return id;
    }

    public double throughputMbps() {
        return throughputMbps;
    }

    public double pricePerHourUsd() {
        return pricePerHourUsd;
    }

    public static Optional<MachineType> fromId(String id) {
        return Ids.find(values(), MachineType::id, id);
    }

    @Override
    public String toString() {
        return id;
    }
}
