package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Serverless VPC Access connector. Values that a {@code check} finding exists for (a range that is not a
 * /28, instance counts, an unknown machine type) load as written.
 *
 * @param name                      unique among connectors
 * @param region                    its region
 * @param network                   the network, by name
 * @param range                     the /28 given by {@code range} (Google creates a hidden subnet), or empty
 * @param subnet                    the subnet given by {@code subnet}, by name in {@code network}, or empty
 * @param machineType               as written ({@code e2-micro} by default)
 * @param minInstances              as written (2 by default)
 * @param maxInstances              as written (10 by default)
 * @param throughputPerInstanceMbps override of the machine type's figure
 * @param scaleOutDelaySeconds      time from need to new instance (60 by default, ASSUMPTION)
 * @param pricePerHourUsd           override of the machine type's price
 * @param state                     lifecycle state
 * @param managedFirewallRules      true: Google creates the connector's firewall rules
 */
public record Connector(String name, String region, String network, Optional<Cidr> range, Optional<String> subnet,
                        String machineType, int minInstances, int maxInstances,
                        Optional<Double> throughputPerInstanceMbps, long scaleOutDelaySeconds,
                        Optional<Double> pricePerHourUsd, ConnectorState state, boolean managedFirewallRules)
        implements Serializable {

    public static final int DEFAULT_MIN_INSTANCES = 2;
    public static final int DEFAULT_MAX_INSTANCES = 10;
    public static final long DEFAULT_SCALE_OUT_DELAY_SECONDS = 60;
    /** The generic tag every connector VM carries [SVA network tags]. */
    public static final String GENERIC_TAG = "vpc-connector";

    public Connector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(machineType, "machineType");
        Objects.requireNonNull(state, "state");
        if (range.isPresent() == subnet.isPresent()) {
            throw new IllegalArgumentException("connector " + name + ": exactly one of range / subnet");
        }
    }

    /** The tag unique to this connector: {@code vpc-connector-REGION-NAME}. */
    public String uniqueTag() {
        return GENERIC_TAG + "-" + region + "-" + name;
    }

    /** The network tags the connector VMs carry. */
    public List<String> networkTags() {
        return List.of(GENERIC_TAG, uniqueTag());
    }

    /** The known machine type, if the name is one. */
    public Optional<MachineType> knownMachineType() {
        return MachineType.fromId(machineType);
    }

    /** Throughput per instance: the override, else the machine type's figure (e2-micro's for unknown types). */
    public double effectiveThroughputPerInstanceMbps() {
        return throughputPerInstanceMbps.orElseGet(
                () -> knownMachineType().orElse(MachineType.E2_MICRO).throughputMbps());
    }

    /** Price per instance-hour: the override, else the machine type's list price. */
    public double effectivePricePerHourUsd() {
        return pricePerHourUsd.orElseGet(() -> knownMachineType().orElse(MachineType.E2_MICRO).pricePerHourUsd());
    }

    /** {@code connectors/NAME}. */
    public String resource() {
        return "connectors/" + name;
    }

    /** Serialized through a proxy: {@link Optional} is not serializable. */
    private Object writeReplace() {
        return new SerialForm(name, region, network, range.orElse(null), subnet.orElse(null), machineType,
                minInstances, maxInstances, throughputPerInstanceMbps.orElse(null), scaleOutDelaySeconds,
                pricePerHourUsd.orElse(null), state, managedFirewallRules);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through SerialForm");
    }

    private record SerialForm(String name, String region, String network, Cidr range, String subnet,
                              String machineType, int minInstances, int maxInstances, Double throughput,
                              long scaleOutDelaySeconds, Double price, ConnectorState state, boolean managed)
            implements Serializable {
        private Object readResolve() {
            return new Connector(name, region, network, Optional.ofNullable(range), Optional.ofNullable(subnet),
                    machineType, minInstances, maxInstances, Optional.ofNullable(throughput), scaleOutDelaySeconds,
                    Optional.ofNullable(price), state, managed);
        }
    }
}
