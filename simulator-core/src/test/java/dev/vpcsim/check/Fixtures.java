package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;

import java.util.ArrayList;
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

    /** Network builder. */
    static final class NetworkFixture {
        private final String name;
        private boolean defaultRoute = true;
        private final List<Subnet> subnets = new ArrayList<>();
        private final List<PrivateServiceRange> psa = new ArrayList<>();
        private final List<FirewallRule> rules = new ArrayList<>();
        private final List<Peering> peerings = new ArrayList<>();
        private final List<Nat> nats = new ArrayList<>();

        NetworkFixture(String name) {
            this.name = name;
        }

        NetworkFixture subnet(String subnetName, String cidr) {
            return subnet(Fixtures.subnet(subnetName, cidr));
        }

        NetworkFixture subnet(Subnet s) {
            subnets.add(s);
            return this;
        }

        NetworkFixture psa(String allocation, String cidr) {
            psa.add(new PrivateServiceRange(allocation, Cidr.of(cidr)));
            return this;
        }

        NetworkFixture rule(RuleFixture r) {
            rules.add(r.build());
            return this;
        }

        NetworkFixture rule(FirewallRule r) {
            rules.add(r);
            return this;
        }

        NetworkFixture peer(String network) {
            peerings.add(new Peering("to-" + network, network, false, false));
            return this;
        }

        NetworkFixture nat(Nat n) {
            nats.add(n);
            return this;
        }

        Network build() {
            return new Network(name, defaultRoute, subnets, psa, List.of(), rules, peerings, nats, List.of());
        }
    }

    /** Firewall rule builder: allow all from 0.0.0.0/0 to all instances, priority 1000, unless told otherwise. */
    static final class RuleFixture {
        private final String name;
        private final Direction direction;
        private int priority = FirewallRule.DEFAULT_PRIORITY;
        private Action action = Action.ALLOW;
        private List<ProtocolPorts> specs = List.of(ProtocolPorts.ALL);
        private List<Cidr> sourceRanges = List.of();
        private List<String> sourceTags = List.of();
        private List<String> sourceAccounts = List.of();
        private List<Cidr> destinationRanges = List.of();
        private List<String> targetTags = List.of();
        private List<String> targetAccounts = List.of();
        private boolean disabled;

        RuleFixture(String name, Direction direction) {
            this.name = name;
            this.direction = direction;
        }

        RuleFixture priority(int p) {
            priority = p;
            return this;
        }

        RuleFixture allow(String... s) {
            action = Action.ALLOW;
            specs = Arrays.stream(s).map(ProtocolPorts::of).toList();
            return this;
        }

        RuleFixture deny(String... s) {
            action = Action.DENY;
            specs = Arrays.stream(s).map(ProtocolPorts::of).toList();
            return this;
        }

        RuleFixture from(String... cidrs) {
            sourceRanges = Arrays.stream(cidrs).map(Cidr::of).toList();
            return this;
        }

        RuleFixture sourceTags(String... tags) {
            sourceTags = List.of(tags);
            return this;
        }

        RuleFixture sourceAccounts(String... accounts) {
            sourceAccounts = List.of(accounts);
            return this;
        }

        RuleFixture to(String... cidrs) {
            destinationRanges = Arrays.stream(cidrs).map(Cidr::of).toList();
            return this;
        }

        RuleFixture targetTags(String... tags) {
            targetTags = List.of(tags);
            return this;
        }

        RuleFixture targetAccounts(String... accounts) {
            targetAccounts = List.of(accounts);
            return this;
        }

        RuleFixture disabled() {
            disabled = true;
            return this;
        }

        FirewallRule build() {
            return new FirewallRule(name, direction, priority, action, specs, sourceRanges, sourceTags,
                    sourceAccounts, destinationRanges, targetTags, targetAccounts, disabled,
                    FirewallRule.Origin.USER, "");
        }
    }

    /** Connector builder: region europe-west1, network vpc, range 10.8.0.0/28, e2-micro 2..10, READY, managed. */
    static final class ConnectorFixture {
        private final String name;
        private String region = REGION;
        private String network = "vpc";
        private Optional<Cidr> range = Optional.of(Cidr.of("10.8.0.0/28"));
        private Optional<String> subnet = Optional.empty();
        private String machineType = "e2-micro";
        private int min = 2;
        private int max = 10;
        private Optional<Double> throughput = Optional.empty();
        private Optional<Double> price = Optional.empty();
        private ConnectorState state = ConnectorState.READY;
        private boolean managed = true;

        ConnectorFixture(String name) {
            this.name = name;
        }

        ConnectorFixture region(String r) {
            region = r;
            return this;
        }

        ConnectorFixture network(String n) {
            network = n;
            return this;
        }

        ConnectorFixture range(String cidr) {
            range = Optional.of(Cidr.of(cidr));
            subnet = Optional.empty();
            return this;
        }

        ConnectorFixture subnet(String s) {
            subnet = Optional.of(s);
            range = Optional.empty();
            return this;
        }

        ConnectorFixture machineType(String m) {
            machineType = m;
            return this;
        }

        ConnectorFixture instances(int minInstances, int maxInstances) {
            min = minInstances;
            max = maxInstances;
            return this;
        }

        ConnectorFixture throughput(double mbps) {
            throughput = Optional.of(mbps);
            return this;
        }

        ConnectorFixture price(double usdPerHour) {
            price = Optional.of(usdPerHour);
            return this;
        }

        ConnectorFixture state(ConnectorState s) {
            state = s;
            return this;
        }

        ConnectorFixture unmanaged() {
            managed = false;
            return this;
        }

        Connector build() {
            return new Connector(name, region, network, range, subnet, machineType, min, max, throughput,
                    Connector.DEFAULT_SCALE_OUT_DELAY_SECONDS, price, state, managed);
        }
    }

    /** Workload builder: a Cloud Run service in europe-west1 without VPC access, scaling defaults. */
    static final class WorkloadFixture {
        private final String name;
        private WorkloadType type = WorkloadType.CLOUD_RUN_SERVICE;
        private int generation = 2;
        private String region = REGION;
        private Optional<String> account = Optional.empty();
        private Optional<String> connector = Optional.empty();
        private Optional<String> network = Optional.empty();
        private Optional<String> subnet = Optional.empty();
        private List<String> tags = List.of();
        private VpcEgress egress = VpcEgress.PRIVATE_RANGES_ONLY;
        private Scaling scaling = Scaling.DEFAULT;

        WorkloadFixture(String name) {
            this.name = name;
        }

        WorkloadFixture type(WorkloadType t) {
            type = t;
            return this;
        }

        WorkloadFixture generation(int g) {
            generation = g;
            return this;
        }

        WorkloadFixture region(String r) {
            region = r;
            return this;
        }

        WorkloadFixture serviceAccount(String a) {
            account = Optional.of(a);
            return this;
        }

        WorkloadFixture connector(String c) {
            connector = Optional.of(c);
            return this;
        }

        WorkloadFixture directVpc(String net, String sub) {
            network = Optional.of(net);
            subnet = Optional.of(sub);
            return this;
        }

        WorkloadFixture tags(String... t) {
            tags = List.of(t);
            return this;
        }

        WorkloadFixture allTraffic() {
            egress = VpcEgress.ALL_TRAFFIC;
            return this;
        }

        WorkloadFixture maxInstances(int n) {
            scaling = new Scaling(0, n, Scaling.DEFAULT.concurrency());
            return this;
        }

        Workload build() {
            return new Workload(name, type, generation, region, account, connector, network, subnet, tags, egress,
                    scaling);
        }
    }
}
