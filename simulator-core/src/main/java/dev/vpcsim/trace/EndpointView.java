package dev.vpcsim.trace;

import dev.vpcsim.addressing.Addresses;
import dev.vpcsim.firewall.FirewallIndex;
import dev.vpcsim.firewall.RuleList;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An endpoint as the engine sees it: arrival step, delivery target and the INGRESS rules that can apply to it. */
final class EndpointView {
    private static final int[] EVERY_PORT = {Integer.MIN_VALUE, Integer.MAX_VALUE};

    final Endpoint endpoint;
    /** Copies of the endpoint's address and state, so that a trace reads them from this view. */
    final long ip;
    final boolean stopped;
    final String resource;
    final String ipText;
    /** The endpoint's network, for vm, internal-lb and managed services; null otherwise. */
    final NetView net;
    /** INGRESS candidates per protocol for vm and internal-lb; null for managed services and external types. */
    final RuleList[] ingress;
    final StepInfo.ArrivalInfo info;
    final String arriveDescription;
    final DeliverTarget target;
    /** The final step's reason when a packet is delivered here. */
    final String deliveredReason;
    /** How an allow rule reaches this endpoint ({@link FirewallFixes#target}). */
    final String firewallTarget;
    /** Firewalled endpoints: the target part of an INGRESS fix ({@link FirewallFixes#ingressTarget}); else null. */
    final String fixTarget;
    /** The listeners, as the fix of a closed port lists them. */
    final String listedPorts;
    /** Per flow protocol ({@link FirewallIndex#protocolIndex}): the ports listened on, as from/to pairs. */
    private final int[][] listening = new int[3][];

    EndpointView(Endpoint e, NetView net) {
        this.endpoint = e;
        this.ip = e.ip().value();
        this.stopped = e.state() == Endpoint.State.STOPPED;
        this.resource = e.resource();
        this.ipText = e.ip().text();
        this.net = net;
        boolean firewalled = net != null && (e.type() == EndpointType.VM || e.type() == EndpointType.INTERNAL_LB);
        if (firewalled) {
            ingress = new RuleList[3];
            for (int p = 0; p < 3; p++) {
                ingress[p] = net.ingress.candidates(e.tags(), e.serviceAccount(), FirewallIndex.flowProtocol(p));
            }
        } else {
            ingress = null;
        }
        this.info = new StepInfo.ArrivalInfo(e.name(), e.type().id(), ipText);
        this.arriveDescription = "Arrives at " + e.type().id() + " " + e.name() + " (" + ipText + ")"
                + (net != null ? " in network " + net.name : "") + ".";
        for (int p = 0; p < 3; p++) {
            listening[p] = listening(e.ports(), FirewallIndex.flowProtocol(p));
        }
        this.firewallTarget = FirewallFixes.target(e);
        this.fixTarget = net != null ? FirewallFixes.ingressTarget(this) : null;
        this.listedPorts = e.ports().stream().map(Object::toString).collect(Collectors.joining(", "));
        this.deliveredReason = "Delivered to " + e.type().id() + " " + e.name() + ".";
        this.target = switch (e.type()) {
            case VM, INTERNAL_LB -> DeliverTarget.INSTANCE;
            case CLOUD_SQL -> DeliverTarget.CLOUD_SQL_INSTANCE;
            case MEMORYSTORE_REDIS -> DeliverTarget.REDIS_INSTANCE;
            case GOOGLE_API -> DeliverTarget.GOOGLE_API;
            case INTERNET -> Addresses.isGoogleApi(e.ip().value()) ? DeliverTarget.GOOGLE_API : DeliverTarget.INTERNET;
        };
    }

    /**
     * As {@link Endpoint#listensOn}: no listeners listed, {@code all}, a spec without ports or an icmp spec take every
     * port (one pair holding every int).
     */
    private static int[] listening(List<ProtocolPorts> specs, Protocol protocol) {
        if (specs.isEmpty()) {
            return EVERY_PORT;
        }
        List<PortRange> ranges = new ArrayList<>();
        for (ProtocolPorts s : specs) {
            if (s.protocol() == Protocol.ALL
                    || (s.protocol() == protocol && (s.ports().isEmpty() || !protocol.hasPorts()))) {
                return EVERY_PORT;
            }
            if (s.protocol() == protocol) {
                ranges.addAll(s.ports());
            }
        }
        int[] out = new int[2 * ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            out[2 * i] = ranges.get(i).from();
            out[2 * i + 1] = ranges.get(i).to();
        }
        return out;
    }

    /** True when the endpoint listens on the port for a flow protocol (an index); {@link Endpoint#listensOn}. */
    boolean listensOn(int protocolIndex, int port) {
        int[] pairs = listening[protocolIndex];
        for (int i = 0; i < pairs.length; i += 2) {
            if (port >= pairs[i] && port <= pairs[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The default port of a flow to this endpoint: its first listed port, else 80 (semantics: cli.md, Flow). */
    int defaultPort() {
        for (var spec : endpoint.ports()) {
            if (!spec.ports().isEmpty()) {
                return spec.ports().get(0).from();
            }
        }
        return 80;
    }
}
