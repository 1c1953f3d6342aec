package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Subnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/**
 * Endpoints of every type: VMs (some stopped, some forwarding), internal load balancers, Cloud SQL and
 * Memorystore in private-services-access ranges, internet hosts with allow-lists, and Google APIs.
 * Every endpoint has its own address; in-network endpoints sit inside a range of their network.
 */
final class EndpointGen {
    private EndpointGen() {
    }

    static void endpoints(Draft d, SplittableRandom r) {
        for (int k = 0; k < d.size.endpoints(); k++) {
            int i = k;
            double x = r.nextDouble();
            Optional<Endpoint> e;
            if (x < 0.4) {
                e = inSubnet(d, r, "vm-" + i, EndpointType.VM);
            } else if (x < 0.5) {
                e = inSubnet(d, r, "ilb-" + i, EndpointType.INTERNAL_LB);
            } else if (x < 0.7) {
                e = managed(d, r, i);
            } else if (x < 0.9) {
                e = Optional.empty();
            } else {
                e = googleApi(d, r, "gapi-" + i);
            }
            d.endpoints.add(e.orElseGet(() -> internet(d, r, "web-" + i)));
        }
    }

    private static Optional<Endpoint> inSubnet(Draft d, SplittableRandom r, String name, EndpointType type) {
        Draft.Net n = pick(r, d.nets);
        List<Subnet> hosts = n.hostSubnets();
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        Subnet s = pick(r, hosts);
        Optional<Ipv4> ip = d.freeIp(r, s.range());
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        boolean vm = type == EndpointType.VM;
        List<String> tags = vm && chance(r, 0.7) ? Pools.some(r, Pools.TAGS.subList(0, 7), 2) : List.of();
        Optional<String> sa = vm && chance(r, 0.6) ? Optional.of(pick(r, Pools.SERVICE_ACCOUNTS)) : Optional.empty();
        boolean forwarding = vm && chance(r, 0.3);
        Endpoint.State state = vm && chance(r, 0.1) ? Endpoint.State.STOPPED : Endpoint.State.RUNNING;
        return Optional.of(new Endpoint(name, type, Optional.of(n.name), Optional.of(s.region()), ip.get(),
                ports(r, chance(r, 0.5)), tags, sa, forwarding, state, Optional.empty()));
    }

    private static List<ProtocolPorts> ports(SplittableRandom r, boolean listed) {
        return listed ? Pools.some(r, Pools.LISTEN_PORTS, 2) : List.of();
    }

    private static Optional<Endpoint> managed(Draft d, SplittableRandom r, int i) {
        List<Draft.Net> withPsa = d.nets.stream().filter(n -> !n.psa.isEmpty()).toList();
        if (withPsa.isEmpty()) {
            return inSubnet(d, r, "vm-" + i, EndpointType.VM);
        }
        Draft.Net n = pick(r, withPsa);
        PrivateServiceRange psa = pick(r, n.psa);
        Optional<Ipv4> ip = d.freeIp(r, psa.range());
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        boolean sql = chance(r, 0.6);
        List<ProtocolPorts> ports;
        if (sql) {
            ports = chance(r, 0.8) ? List.of(ProtocolPorts.of(chance(r, 0.7) ? "tcp:5432" : "tcp:3306")) : List.of();
        } else {
            ports = chance(r, 0.85) ? List.of(ProtocolPorts.of("tcp:6379")) : List.of();
        }
        return Optional.of(new Endpoint((sql ? "sql-" : "redis-") + i,
                sql ? EndpointType.CLOUD_SQL : EndpointType.MEMORYSTORE_REDIS, Optional.of(n.name),
                Optional.of(pick(r, d.regions)), ip.get(), ports, List.of(), Optional.empty(), false,
                Endpoint.State.RUNNING, Optional.empty()));
    }

    private static Optional<Endpoint> googleApi(Draft d, SplittableRandom r, String name) {
        for (long v : Pools.GOOGLE_API_IPS) {
            if (d.usedIps.add(v)) {
                List<ProtocolPorts> ports = chance(r, 0.6) ? List.of(ProtocolPorts.of("tcp:443")) : List.of();
                return Optional.of(new Endpoint(name, EndpointType.GOOGLE_API, Optional.empty(), Optional.empty(),
                        Ipv4.ofValue(v), ports, List.of(), Optional.empty(), false, Endpoint.State.RUNNING,
                        Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static Endpoint internet(Draft d, SplittableRandom r, String name) {
        Optional<Ipv4> ip = Optional.empty();
        while (ip.isEmpty()) {
            ip = d.freeIp(r, pick(r, Pools.PUBLIC_BLOCKS));
        }
        List<ProtocolPorts> ports = chance(r, 0.6) ? List.of(ProtocolPorts.of("tcp:443")) : List.of();
        return new Endpoint(name, EndpointType.INTERNET, Optional.empty(), Optional.empty(), ip.get(), ports, List.of(),
                Optional.empty(), false, Endpoint.State.RUNNING, allowList(d, r));
    }

    /** No allow-list, or one holding 0.0.0.0/0, all addresses of a manual NAT, and/or an unrelated host. */
    private static Optional<List<Cidr>> allowList(Draft d, SplittableRandom r) {
        if (chance(r, 0.55)) {
            return Optional.empty();
        }
        List<Cidr> out = new ArrayList<>();
        if (chance(r, 0.25)) {
            out.add(Cidr.ALL);
        }
        List<Nat> manual = d.nets.stream().flatMap(n -> n.nats.stream()).filter(n -> !n.natIps().isEmpty()).toList();
        if (!manual.isEmpty() && chance(r, 0.7)) {
            pick(r, manual).natIps().forEach(ip -> out.add(Cidr.host(ip)));
        }
        if (out.isEmpty() || chance(r, 0.3)) {
            out.add(Blocks.cidr(Blocks.ip(203, 0, 113, 200 + r.nextInt(50)), 32));
        }
        return Optional.of(out);
    }
}
