package dev.vpcsim.model;

import java.io.Serializable;

/** The next hop of a route: exactly one kind. */
public sealed interface NextHop extends Serializable {

    /** A short text for tables: {@code default-internet-gateway}, {@code instance fw-vm}, ... */
    String describe();

    /** {@code nextHopGateway}: only {@code default-internet-gateway} exists. */
    record Gateway(String name) implements NextHop {
        public static final Gateway DEFAULT_INTERNET_GATEWAY = new Gateway("default-internet-gateway");

        @Override
        public String describe() {
            return name;
        }
    }

    /** {@code nextHopInstance}: an endpoint of type vm, by name. */
    record Instance(String endpoint) implements NextHop {
        @Override
        public String describe() {
            return "instance " + endpoint;
        }
    }

    /** {@code nextHopIp}: an address that a VM of the design should hold. */
    record Ip(Ipv4 address) implements NextHop {
        @Override
        public String describe() {
            return "ip " + address;
        }
    }

    /** {@code nextHopVpnTunnel}: a tunnel of the same network, by name. */
    record VpnTunnel(String tunnel) implements NextHop {
        @Override
        public String describe() {
            return "vpn-tunnel " + tunnel;
        }
    }

    /** A subnet route's next hop: the network itself (derived routes only). */
    record Network(String network) implements NextHop {
        @Override
        public String describe() {
            return "network " + network;
        }
    }

    /** A route learned over a peering: next hop is the peer network (derived routes only). */
    record Peering(String peering, String peerNetwork) implements NextHop {
        @Override
        public String describe() {
            return "peering " + peering + " to " + peerNetwork;
        }
    }
}
