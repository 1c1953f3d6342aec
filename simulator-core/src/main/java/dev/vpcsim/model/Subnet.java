package dev.vpcsim.model;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A subnet of a network.
 *
 * @param name                unique within its network
 * @param region              e.g. {@code europe-west1}
 * @param range               the primary IPv4 range
 * @param secondaryRanges     named secondary ranges, sorted by name
 * @param privateGoogleAccess whether Private Google Access is on
 * @param purpose             {@code PRIVATE} for subnets of the file; {@code CONNECTOR} for the hidden subnet
 *                            Google creates for a connector given by {@code range}
 */
public record Subnet(String name, String region, Cidr range, Map<String, Cidr> secondaryRanges,
                     boolean privateGoogleAccess, Purpose purpose) implements Serializable {

    /** What the subnet is for. */
    public enum Purpose { PRIVATE, CONNECTOR }

    public Subnet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(purpose, "purpose");
        secondaryRanges = java.util.Collections.unmodifiableMap(new TreeMap<>(secondaryRanges));
    }

    public Subnet(String name, String region, Cidr range) {
        this(name, region, range, Map.of(), false, Purpose.PRIVATE);
    }

    /** Usable addresses of the primary range: size minus 4 reserved (network, gateway, second-to-last, broadcast) [SUBNETS]. */
    public long usableAddresses() {
        return Math.max(0, range.size() - 4);
    }
}
