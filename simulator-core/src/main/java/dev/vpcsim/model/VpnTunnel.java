package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A Cloud VPN tunnel; what lies beyond it is outside the model.
 *
 * @param name         tunnel name
 * @param region       region of the gateway
 * @param remoteRanges on-premises ranges behind the tunnel
 */
public record VpnTunnel(String name, String region, List<Cidr> remoteRanges) implements Serializable {
    public VpnTunnel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        remoteRanges = List.copyOf(remoteRanges);
    }
}
