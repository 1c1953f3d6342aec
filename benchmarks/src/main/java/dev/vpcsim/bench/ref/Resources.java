package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Subnet;

/**
 * Resource names of steps that cli.md does not spell out (firewall rules, routes, NAT, workloads, connectors and
 * endpoints use their model's {@code resource()}). Kept in one place to align with the engine's docs/model.md.
 */
final class Resources {
    private Resources() {
    }

    static String tunnel(String name) {
        return "vpnTunnels/" + name;
    }

    static String nat(String name) {
        return "nats/" + name;
    }

    static String subnet(String network, Subnet s) {
        return "subnets/" + s.name();
    }
}
