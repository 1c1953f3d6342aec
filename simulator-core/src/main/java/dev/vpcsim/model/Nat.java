package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A Cloud NAT gateway on a Cloud Router.
 *
 * @param name              NAT name
 * @param router            Cloud Router name
 * @param region            region it serves
 * @param allSubnetworks    {@code sourceSubnetworks: all}: every subnet of the region, hidden connector subnets too
 * @param sourceSubnetworks the listed subnets when not {@code all}
 * @param autoIps           {@code natIps: auto}
 * @param natIps            the manual (reserved) addresses when not auto; empty = no addresses
 * @param minPortsPerVm     minimum ports per VM
 */
public record Nat(String name, String router, String region, boolean allSubnetworks, List<String> sourceSubnetworks,
                  boolean autoIps, List<Ipv4> natIps, int minPortsPerVm) implements Serializable {
    public static final int DEFAULT_MIN_PORTS_PER_VM = 64;

    public Nat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(region, "region");
        sourceSubnetworks = List.copyOf(sourceSubnetworks);
        natIps = List.copyOf(natIps);
        if (allSubnetworks && !sourceSubnetworks.isEmpty()) {
            throw new IllegalArgumentException("sourceSubnetworks is either all or a list");
        }
        if (autoIps && !natIps.isEmpty()) {
            throw new IllegalArgumentException("natIps is either auto or a list");
        }
    }

    /** True when the gateway translates traffic from the subnet with this name. */
    public boolean covers(Subnet subnet) {
        if (subnet.purpose() == Subnet.Purpose.CONNECTOR) {
            return allSubnetworks; // ASSUMPTION: a hidden connector subnet is covered only by `all` [RUNCONN]
        }
        return allSubnetworks || sourceSubnetworks.contains(subnet.name());
    }
}
