package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.trace.AbortCause;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.StepState;

import java.util.Optional;

/**
 * A plain, obviously-correct evaluator of one flow, written straight from semantics.md sections 1-5: it scans every
 * rule, route and endpoint for each decision and keeps nothing between calls. Slow by design; the fast engine must
 * agree with it on every {@link Verdict}. Immutable and thread-safe.
 */
public final class ReferenceEvaluator {
    /** Port used when the flow asks for the default and the endpoint lists no port number [cli.md]. */
    static final int FALLBACK_PORT = 80;

    private final Design design;
    private final Addresses addresses;
    private final RefFirewall firewall;
    private final RefArrival arrival;
    private final RefRouting routing;

    public ReferenceEvaluator(Design design) {
        this.design = design;
        this.addresses = new Addresses(design);
        this.firewall = new RefFirewall(design);
        this.arrival = new RefArrival(design, addresses, firewall);
        this.routing = new RefRouting(design, arrival);
    }

    /** The verdict of one flow. */
    public Verdict evaluate(Flow flow) {
        Optional<Workload> source = design.workload(flow.source());
        if (source.isEmpty()) {
            return Walk.lone(AbortCause.INVALID_ARGUMENT, "workloads/" + flow.source());
        }
        Workload w = source.get();
        Walk walk = new Walk();
        walk.step(StepState.valueOf(w.type().startState()), w.resource());
        Optional<Endpoint> named = design.endpoint(flow.destination());
        Optional<Ipv4> address = named.map(Endpoint::ip).or(() -> Ipv4.parse(flow.destination()));
        if (address.isEmpty()) {
            return walk.abort(AbortCause.INVALID_ARGUMENT);
        }
        long ip = address.get().value();
        Optional<Endpoint> endpoint = named.isPresent() ? named : arrival.holder(ip);
        Packet p = new Packet(ip, endpoint, flow.protocol(), port(flow, endpoint));
        return leave(walk, w, p);
    }

    /** The flow's port; the default is the endpoint's first listed port number, else 80; 0 for icmp. */
    static int port(Flow flow, Optional<Endpoint> endpoint) {
        if (flow.protocol() == Protocol.ICMP) {
            return 0;
        }
        if (flow.port() != Flow.DEFAULT_PORT) {
            return flow.port();
        }
        if (endpoint.isPresent()) {
            for (ProtocolPorts spec : endpoint.get().ports()) {
                if (!spec.ports().isEmpty()) {
                    return spec.ports().get(0).from();
                }
            }
        }
        return FALLBACK_PORT;
    }

    /** Section 2: configuration aborts, then the egress setting decides between the VPC and Google's own path. */
    private Verdict leave(Walk walk, Workload w, Packet p) {
        Optional<Connector> connector = w.vpcConnector().flatMap(design::connector);
        boolean directVpc = w.usesDirectVpc();
        if (directVpc && connector.isPresent()) {
            return walk.abort(AbortCause.UNSUPPORTED);
        }
        if (directVpc && (w.type() == WorkloadType.APP_ENGINE
                || (w.type() == WorkloadType.CLOUD_FUNCTION && w.generation() == 1))) {
            return walk.abort(AbortCause.UNSUPPORTED);
        }
        if (connector.isPresent() && !connector.get().region().equals(w.region())) {
            return walk.abort(AbortCause.VPC_CONNECTOR_REGION_MISMATCH);
        }
        boolean vpcAccess = connector.isPresent() || directVpc;
        boolean intoVpc = vpcAccess && (w.vpcEgress() == VpcEgress.ALL_TRAFFIC || addresses.privateRange(p.destination()));
        if (!intoVpc) {
            boolean publicDestination = addresses.publiclyRoutable(p.destination());
            if (!vpcAccess && !publicDestination) {
                return walk.drop(DropCause.VPC_CONNECTOR_NOT_SET);
            }
            walk.step(StepState.SERVERLESS_EXTERNAL_CONNECTION, w.resource());
            if (!publicDestination) {
                return walk.drop(DropCause.PRIVATE_TRAFFIC_TO_INTERNET);
            }
            return arrival.internet(walk, p, Optional.empty()); // Google's pool: the source is not fixed
        }
        return connector.isPresent() ? viaConnector(walk, connector.get(), p) : viaDirectVpc(walk, w, p);
    }

    private Verdict viaConnector(Walk walk, Connector c, Packet p) {
        if (!c.state().forwards()) {
            walk.step(StepState.ARRIVE_AT_VPC_CONNECTOR, c.resource());
            return walk.drop(DropCause.VPC_CONNECTOR_NOT_RUNNING);
        }
        Subnet subnet = design.connectorSubnet(c);
        long ip = subnet.range().first() + Math.min(2, subnet.range().size() - 1);
        RefFirewall.Decision hop = firewall.serverlessHop(c, ip);
        if (!hop.allowed()) {
            walk.step(StepState.APPLY_INGRESS_FIREWALL_RULE, hop.rule().resource());
            return walk.drop(DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED);
        }
        walk.step(StepState.ARRIVE_AT_VPC_CONNECTOR, c.resource());
        boolean pga = c.subnet().isEmpty() || subnet.privateGoogleAccess(); // range-created: enabled (ASSUMPTION)
        Source s = new Source(c.network(), subnet, ip, c.networkTags(), Optional.empty(), false, pga);
        return inVpc(walk, s, p);
    }

    private Verdict viaDirectVpc(Walk walk, Workload w, Packet p) {
        Optional<Subnet> subnet = design.directVpcSubnet(w);
        String network = design.directVpcNetwork(w).orElseThrow().name();
        if (subnet.isEmpty()) {
            return walk.abort(AbortCause.RESOURCE_CONFIG_NOT_FOUND);
        }
        Subnet sn = subnet.get();
        walk.step(StepState.DIRECT_VPC_EGRESS_CONNECTION, w.resource());
        long ip = sn.range().first() + Math.min(2, sn.range().size() - 1);
        Source s = new Source(network, sn, ip, w.networkTags(), w.serviceAccount(), true, sn.privateGoogleAccess());
        return inVpc(walk, s, p);
    }

    /** Inside the source network: EGRESS rules, then routing (sections 3 and 4). */
    private Verdict inVpc(Walk walk, Source s, Packet p) {
        RefFirewall.Decision egress = firewall.egress(s, p.destination(), p.protocol(), p.port());
        walk.step(StepState.APPLY_EGRESS_FIREWALL_RULE, egress.rule().resource());
        if (!egress.allowed()) {
            return walk.drop(DropCause.FIREWALL_RULE);
        }
        return routing.route(walk, s, p);
    }
}
