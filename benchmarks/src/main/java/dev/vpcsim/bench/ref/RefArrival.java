package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Cidr;
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

/** Where a routed packet ends: an address of a network, the internet gateway, an appliance (sections 4 and 5). */
final class RefArrival {
    private final Design design;
    private final Addresses addresses;
    private final RefFirewall firewall;

    RefArrival(Design design, Addresses addresses, RefFirewall firewall) {
        this.design = design;
        this.addresses = addresses;
        this.firewall = firewall;
    }

    /**
     * A subnet route of {@code network}: the address must belong to a resource; then it runs, its INGRESS rules
     * (not for managed services, which live in a producer network), a listener, in that order (section 5).
     */
    Verdict inNetwork(Walk walk, Source s, String network, Packet p) {
        Optional<Endpoint> held = holder(p.destination());
        if (held.isEmpty() || !held.get().type().isInNetwork()) {
            return walk.drop(DropCause.UNKNOWN_INTERNAL_ADDRESS);
        }
        Endpoint e = held.get();
        if (e.state() == Endpoint.State.STOPPED) {
            return walk.drop(DropCause.INSTANCE_NOT_RUNNING);
        }
        if (!e.type().isManagedService()) {
            RefFirewall.Decision d = firewall.ingress(s, network, e, p.destination(), p.protocol(), p.port());
            walk.step(StepState.APPLY_INGRESS_FIREWALL_RULE, d.rule().resource());
            if (d.tagsUnsupported()) {
                return walk.drop(DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS);
            }
            if (!d.allowed()) {
                return walk.drop(DropCause.FIREWALL_RULE);
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

    /**
     * Next hop default internet gateway from inside the VPC: Google APIs need Private Google Access; anything else
     * must be publicly routable and needs a Cloud NAT of the source's region and network covering its subnet.
     */
    Verdict internetGateway(Walk walk, Source s, Packet p) {
        if (Addresses.googleApi(p.destination())) {
            if (!s.privateGoogleAccess()) {
                return walk.drop(DropCause.PRIVATE_GOOGLE_ACCESS_DISALLOWED);
            }
            return internet(walk, p, Optional.empty());
        }
        if (!addresses.publiclyRoutable(p.destination())) {
            return walk.drop(DropCause.PRIVATE_TRAFFIC_TO_INTERNET);
        }
        Network n = design.network(s.network()).orElseThrow();
        for (Nat nat : n.nats()) {
            if (nat.region().equals(s.subnet().region()) && covers(nat, s)) {
                walk.step(StepState.NAT, Resources.nat(nat.name()));
                if (!nat.autoIps() && nat.natIps().isEmpty()) {
                    return walk.drop(DropCause.CLOUD_NAT_NO_ADDRESSES);
                }
                return internet(walk, p, nat.autoIps() ? Optional.empty() : Optional.of(nat.natIps().get(0).value()));
            }
        }
        return walk.drop(DropCause.NO_EXTERNAL_ADDRESS);
    }

    /** {@code sourceSubnetworks: all} covers every subnet, a connector's hidden one too; a list only named ones. */
    private boolean covers(Nat nat, Source s) {
        boolean hidden = design.connectors().stream()
                .anyMatch(c -> c.range().isPresent() && design.connectorSubnet(c).equals(s.subnet()));
        if (nat.allSubnetworks()) {
            return true;
        }
        return !hidden && nat.sourceSubnetworks().contains(s.subnet().name());
    }

    /**
     * Arriving on the internet (or at a Google API): a declared endpoint must listen on the port and, with an
     * allow-list, accept the source address; a source address that is not fixed matches only 0.0.0.0/0.
     */
    Verdict internet(Walk walk, Packet p, Optional<Long> sourceIp) {
        Optional<Endpoint> declared = holder(p.destination());
        DeliverTarget target = Addresses.googleApi(p.destination()) ? DeliverTarget.GOOGLE_API : DeliverTarget.INTERNET;
        if (declared.isEmpty()) {
            return walk.deliver(target);
        }
        Endpoint e = declared.get();
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
     * A route to an instance or an address: the VM must exist, run and forward; its INGRESS rules apply; then the
     * packet leaves the model (FORWARD ROUTER_APPLIANCE).
     */
    Verdict appliance(Walk walk, Source s, String network, Optional<Endpoint> vm, Packet p) {
        if (vm.isEmpty()) {
            return walk.drop(DropCause.ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED);
        }
        Endpoint e = vm.get();
        if (e.state() == Endpoint.State.STOPPED) {
            return walk.drop(DropCause.INSTANCE_NOT_RUNNING);
        }
        if (!e.ipForwarding()) {
            return walk.drop(DropCause.FOREIGN_IP_DISALLOWED);
        }
        String vmNetwork = e.network().orElse(network);
        RefFirewall.Decision d = firewall.ingress(s, vmNetwork, e, p.destination(), p.protocol(), p.port());
        walk.step(StepState.APPLY_INGRESS_FIREWALL_RULE, d.rule().resource());
        if (d.tagsUnsupported()) {
            return walk.drop(DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS);
        }
        if (!d.allowed()) {
            return walk.drop(DropCause.FIREWALL_RULE);
        }
        walk.step(StepState.ARRIVE_AT_INSTANCE, e.resource());
        return walk.forward(ForwardTarget.ROUTER_APPLIANCE);
    }

    /** The VM holding an address, if any. */
    Optional<Endpoint> vmHolding(long ip) {
        for (Endpoint e : design.endpoints()) {
            if (e.type() == EndpointType.VM && e.ip().value() == ip) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The endpoint declaring an address, if any. */
    Optional<Endpoint> holder(long ip) {
        for (Endpoint e : design.endpoints()) {
            if (e.ip().value() == ip) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
