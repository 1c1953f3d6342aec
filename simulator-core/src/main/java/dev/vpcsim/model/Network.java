package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A VPC network as written in the file.
 *
 * @param name                   unique among networks
 * @param autoCreateDefaultRoute whether the default route to the internet gateway exists (default true)
 * @param subnets                subnets of the file (hidden connector subnets are added by {@link Design})
 * @param privateServiceAccess   ranges allocated to Google-managed services
 * @param routes                 static routes
 * @param firewall               user firewall rules
 * @param peerings               peerings this side declares
 * @param nats                   Cloud NAT gateways
 * @param vpnTunnels             Cloud VPN tunnels
 */
public record Network(String name, boolean autoCreateDefaultRoute, List<Subnet> subnets,
                      List<PrivateServiceRange> privateServiceAccess, List<Route> routes, List<FirewallRule> firewall,
                      List<Peering> peerings, List<Nat> nats, List<VpnTunnel> vpnTunnels) implements Serializable {
    public Network {
        Objects.requireNonNull(name, "name");
        subnets = List.copyOf(subnets);
        privateServiceAccess = List.copyOf(privateServiceAccess);
        routes = List.copyOf(routes);
        firewall = List.copyOf(firewall);
        peerings = List.copyOf(peerings);
        nats = List.copyOf(nats);
        vpnTunnels = List.copyOf(vpnTunnels);
    }

    /** A network with nothing in it but the default route. */
    public static Network empty(String name) {
        return new Network(name, true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Subnet> subnet(String subnetName) {
        return subnets.stream().filter(s -> s.name().equals(subnetName)).findFirst();
    }

    public Optional<VpnTunnel> vpnTunnel(String tunnelName) {
        return vpnTunnels.stream().filter(t -> t.name().equals(tunnelName)).findFirst();
    }
}
