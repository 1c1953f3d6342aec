package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.trace.DeliverTarget;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.StepState;

import java.util.List;
import java.util.Optional;

/**
 * Where a routed packet ends: an address of a network, the internet gateway, an appliance (semantics.md sections
 * 4 and 5). Checks in the order of section 5: the address belongs to a resource, it runs, its INGRESS rules,
 * something listens, the remote side's allow-list.
 */
final class RefArrival {
    private final Design design;
    private final Addresses addresses;
    private final RefFirewall firewall;

    RefArrival(Design design, Addresses addresses, RefFirewall firewall) {
        this.design = design;
        this.addresses = addresses;
        this.firewall = firewall;
    }

    /** A subnet route of {@code network}: the address must belong to a resource of that network. */
    Verdict inNetwork(Walk walk, Source s, String network, Packet p) {
        Optional<Endpoint> held = Optional.empty();
        for (Endpoint e : design.endpoints()) {
            if (e.type().isInNetwork() && e.network().orElse("").equals(network)
                    && e.ip().value() == p.destination()) {
                held = Optional.of(e);
                break;
            }
        }
        if (held.isEmpty()) {
            return walk.drop(DropCause.UNKNOWN_INTERNAL_ADDRESS);
        }
        Endpoint e = held.get();
        if (e.state() == Endpoint.State.STOPPED) {
            walk.step(StepState.ARRIVE_AT_INSTANCE, e.resource());
            return walk.drop(DropCause.INSTANCE_NOT_RUNNING);
        }
        if (!e.type().isManagedService()) {
            Verdict blocked = ingress(walk, s, network, e, p);
            if (blocked != null) {
                return blocked;
            }
        }
        walk.step(StepState.ARRIVE_AT_INSTANCE, e.resource());
        if (!e.listensOn(p.protocol(), p.port())) {
            return walk.drop(e.type() == EndpointType.MEMORYSTORE_REDIS ? DropCause.REDIS_INSTANCE_UNSUPPORTED_PORT
                    : DropCause.DESTINATION_PORT_CLOSED);
        }
        return walk.deliver(switch (e.type()) {
            case CLOUD_SQL -> DeliverTarget.CLOUD_SQL_INSTANCE;
            case MEMORYSTORE_REDIS -> DeliverTarget.REDIS_INSTANCE;
            default -> DeliverTarget.INSTANCE;
        });
    }

    /** The INGRESS rules of the instance's network; the drop verdict, or null when the packet passes. */
    private Verdict ingress(Walk walk, Source s, String network, Endpoint e, Packet p) {
        RefFirewall.Decision d = firewall.ingress(s, network, e, p.destination(), p.protocol(), p.port());
        walk.step(StepState.APPLY_INGRESS_FIREWALL_RULE, d.rule().resource());
        if (d.tagsUnsupported()) {
            return walk.drop(DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS);
        }
        return d.allowed() ? null : walk.drop(DropCause.FIREWALL_RULE);
    }

    /**
     * Next hop default internet gateway in {@code network}: Google APIs need Private Google Access on the source
     * subnet; anything else must be publicly routable and needs a Cloud NAT of the entry network in the source
     * subnet's region covering that subnet (a gateway reached in a peer network has none for this source).
     */
    Verdict internetGateway(Walk walk, Source s, String network, Packet p) {
        if (Addresses.googleApi(p.destination())) {
            if (!s.privateGoogleAccess()) {
                return walk.drop(DropCause.PRIVATE_GOOGLE_ACCESS_DISALLOWED);
            }
            return internet(walk, p, Optional.of(s.ip()));
        }
        if (!addresses.publiclyRoutable(p.destination())) {
            return walk.drop(DropCause.PRIVATE_TRAFFIC_TO_INTERNET);
        }
        if (network.equals(s.network())) {
            Network n = design.network(network).orElseThrow();
            for (Nat nat : n.nats()) {
                if (nat.region().equals(s.subnet().region()) && covers(nat, s)) {
                    walk.step(StepState.NAT, "nats/" + nat.name());
                    if (!nat.autoIps() && nat.natIps().isEmpty()) {
                        return walk.drop(DropCause.CLOUD_NAT_NO_ADDRESSES);
                    }
                    return internet(walk, p,
                            nat.autoIps() ? Optional.empty() : Optional.of(nat.natIps().get(0).value()));
                }
            }
        }
        return walk.drop(DropCause.NO_EXTERNAL_ADDRESS);
    }

    /** {@code sourceSubnetworks: all} covers every subnet, a connector's hidden one too; a list only named ones. */
    private boolean covers(Nat nat, Source s) {
        if (nat.allSubnetworks()) {
            return true;
        }
        for (Connector c : design.connectors()) {
            if (c.range().isPresent() && design.connectorSubnet(c).equals(s.subnet())) {
                return false; // a hidden connector subnet
            }
        }
        return nat.sourceSubnetworks().contains(s.subnet().name());
    }

    /**
     * Arriving on the internet or at a Google API: an internet or google-api endpoint declared at the address must
     * run, listen on the port and, with an allow-list, accept the source address; a source address that is not
     * fixed (empty) matches only 0.0.0.0/0. An address nobody declares is an implicit endpoint: anything listens.
     */
    Verdict internet(Walk walk, Packet p, Optional<Long> sourceIp) {
        DeliverTarget target = Addresses.googleApi(p.destination()) ? DeliverTarget.GOOGLE_API : DeliverTarget.INTERNET;
        Optional<Endpoint> declared = Optional.empty();
        for (Endpoint e : design.endpoints()) {
            if ((e.type() == EndpointType.INTERNET || e.type() == EndpointType.GOOGLE_API)
                    && e.ip().value() == p.destination()) {
                declared = Optional.of(e);
                break;
            }
        }
        if (declared.isEmpty()) {
            return walk.deliver(target);
        }
        Endpoint e = declared.get();
        if (e.type() == EndpointType.GOOGLE_API) {
            target = DeliverTarget.GOOGLE_API;
        }
        walk.step(StepState.ARRIVE_AT_INSTANCE, e.resource());
        if (e.state() == Endpoint.State.STOPPED) {
            return walk.drop(DropCause.INSTANCE_NOT_RUNNING);
        }
        if (!e.listensOn(p.protocol(), p.port())) {
            return walk.drop(DropCause.DESTINATION_PORT_CLOSED);
        }
        if (e.allowedSources().isPresent() && !accepts(e.allowedSources().get(), sourceIp)) {
            return walk.drop(DropCause.DESTINATION_REJECTS_SOURCE);
        }
        return walk.deliver(target);
    }

    private static boolean accepts(List<Cidr> allowed, Optional<Long> sourceIp) {
        for (Cidr c : allowed) {
            if (c.prefixLength() == 0 || (sourceIp.isPresent() && c.contains(sourceIp.get()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A route to an instance or an address: the VM must exist, run and forward; its INGRESS rules apply to the
     * packet; then the packet leaves the model (FORWARD ROUTER_APPLIANCE).
     */
    Verdict appliance(Walk walk, Source s, Optional<Endpoint> vm, Packet p) {
        if (vm.isEmpty()) {
            return walk.drop(DropCause.ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED);
        }
        Endpoint e = vm.get();
        if (e.state() == Endpoint.State.STOPPED || !e.ipForwarding()) {
            walk.step(StepState.ARRIVE_AT_INSTANCE, e.resource());
            return walk.drop(e.state() == Endpoint.State.STOPPED ? DropCause.INSTANCE_NOT_RUNNING
                    : DropCause.FOREIGN_IP_DISALLOWED);
        }
        Verdict blocked = ingress(walk, s, e.network().orElseThrow(), e, p);
        if (blocked != null) {
            return blocked;
        }
        walk.step(StepState.ARRIVE_AT_INSTANCE, e.resource());
        return walk.forward(ForwardTarget.ROUTER_APPLIANCE);
    }

    /** The VM holding an address: one of {@code network} first, else the first in file order. */
    Optional<Endpoint> vmHolding(String network, long ip) {
        Optional<Endpoint> any = Optional.empty();
        for (Endpoint e : design.endpoints()) {
            if (e.type() == EndpointType.VM && e.ip().value() == ip) {
                if (e.network().orElse("").equals(network)) {
                    return Optional.of(e);
                }
                any = any.isPresent() ? any : Optional.of(e);
            }
        }
        return any;
    }

    /** The first endpoint declaring an address, if any. */
    Optional<Endpoint> holder(long ip) {
        for (Endpoint e : design.endpoints()) {
            if (e.ip().value() == ip) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
