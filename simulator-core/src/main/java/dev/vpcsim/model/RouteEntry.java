package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One candidate route in a network's effective table: a subnet route, the default route, a static route,
 * or a route learned over a peering.
 *
 * @param id        the name used in traces ({@code subnet-10.0.0.0/24}, {@code default-internet-gateway},
 *                  or the static route's name)
 * @param network   the network whose table holds it
 * @param destRange destination range
 * @param priority  priority (0 for subnet routes, which no static route can override anyway)
 * @param tags      source tags it applies to; empty = every source
 * @param nextHop   where it sends the packet
 * @param kind      where it comes from
 */
public record RouteEntry(String id, String network, Cidr destRange, int priority, List<String> tags, NextHop nextHop,
                         Kind kind) implements Serializable {

    /** Where a candidate route comes from. */
    public enum Kind {
        /** A subnet's primary or secondary range, a connector range or a private-services-access range. */
        SUBNET,
        /** The default route to the internet gateway. */
        DEFAULT,
        /** A static route of the file. */
        STATIC,
        /** A subnet route of a directly peered network. */
        PEERING_SUBNET,
        /** A static route a peer exports and this network imports. */
        PEERING_STATIC;

        /** Subnet routes (local or peered) cannot be overridden by a static route [ROUTES]. */
        public boolean isSubnetRoute() {
            return this == SUBNET || this == PEERING_SUBNET;
        }
    }

    public RouteEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(destRange, "destRange");
        Objects.requireNonNull(nextHop, "nextHop");
        Objects.requireNonNull(kind, "kind");
        tags = List.copyOf(tags);
    }

    /** {@code routes/ID}. */
    public String resource() {
        return "routes/" + id;
    }
}
