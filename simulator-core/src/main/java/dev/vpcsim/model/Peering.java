package dev.vpcsim.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One side of a VPC Network Peering. Active only when the peer network lists this network too [PEER].
 *
 * @param name               peering name
 * @param peerNetwork        the other network, by name
 * @param exportCustomRoutes export this network's static routes to the peer
 * @param importCustomRoutes import the peer's exported static routes
 */
public record Peering(String name, String peerNetwork, boolean exportCustomRoutes, boolean importCustomRoutes)
        implements Serializable {
    public Peering {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(peerNetwork, "peerNetwork");
    }
}
