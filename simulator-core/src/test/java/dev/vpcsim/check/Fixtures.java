package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders of tiny designs for the check tests. Defaults: region europe-west1, network vpc. */
final class Fixtures {
    static final String REGION = "europe-west1";
    static final String OTHER_REGION = "us-central1";

    private Fixtures() {
    }

    static DesignBuilder design() {
        return new DesignBuilder("test");
    }

    /** Every finding of the catalogue id on the design (via {@link Linter#run}). */
    static List<Finding> findings(Design design, String id) {
        return Linter.run(design).stream().filter(f -> f.id().equals(id)).toList();
    }

    static Subnet subnet(String name, String cidr) {
        return new Subnet(name, REGION, Cidr.of(cidr));
    }

    static Subnet subnet(String name, String region, String cidr) {
        return new Subnet(name, region, Cidr.of(cidr));
    }

    static Subnet subnet(String name, String cidr, String secondaryName, String secondaryCidr) {
        return new Subnet(name, REGION, Cidr.of(cidr), Map.of(secondaryName, Cidr.of(secondaryCidr)), false,
                Subnet.Purpose.PRIVATE);
    }

    static NetworkFixture network(String name) {
        return new NetworkFixture(name);
    }

    static RuleFixture ingress(String name) {
        return new RuleFixture(name, Direction.INGRESS);
    }

    static RuleFixture egress(String name) {
        return new RuleFixture(name, Direction.EGRESS);
    }

    static ConnectorFixture connector(String name) {
        return new ConnectorFixture(name);
    }

    static WorkloadFixture service(String name) {
        return new WorkloadFixture(name);
    }

    /** Cloud NAT for every subnet of the region, automatic addresses. */
    static Nat natAll(String name, String region) {
        return new Nat(name, "router", region, true, List.of(), true, List.of(), Nat.DEFAULT_MIN_PORTS_PER_VM);
    }

    /** Cloud NAT for the listed subnets, automatic addresses. */
    static Nat natFor(String name, String region, String... subnets) {
        return new Nat(name, "router", region, false, List.of(subnets), true, List.of(), Nat.DEFAULT_MIN_PORTS_PER_VM);
    }

    /** Cloud NAT for every subnet with manual addresses (possibly none). */
    static Nat natManual(String name, String region, String... ips) {
        return new Nat(name, "router", region, true, List.of(), false,
                Arrays.stream(ips).map(Ipv4::of).toList(), Nat.DEFAULT_MIN_PORTS_PER_VM);
    }

    static Endpoint vm(String name, String network, String ip, String... ports) {
        return new Endpoint(name, EndpointType.VM, Optional.of(network), Optional.of(REGION), Ipv4.of(ip),
                Arrays.stream(ports).map(ProtocolPorts::of).toList(), List.of(), Optional.empty(), false,
                Endpoint.State.RUNNING, Optional.empty());
    }

    /** A constant throughput profile. */
    static Profile throughput(String workload, double mbps) {
        return new Profile(workload, Optional.of(Signal.of(new Shape.Constant(mbps))), Optional.empty(),
                Optional.empty(), Profile.DEFAULT_REQUEST_SECONDS);
    }

    static Traffic traffic(Profile... profiles) {
        return new Traffic(Traffic.DEFAULT_DURATION_SECONDS, Traffic.DEFAULT_STEP_SECONDS, List.of(profiles),
                List.of(), List.of());
    }
}
