package dev.vpcsim.trace;

import dev.vpcsim.addressing.AddressPlan;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.RouteEntry;
import dev.vpcsim.model.WorkloadType;

import java.util.Optional;
import java.util.stream.Collectors;

/** The specific fix of each drop and abort, naming the values to change. Firewall fixes: {@link FirewallFixes}. */
final class Fixes {
    private Fixes() {
    }

    static String unsupported(SourceView s) {
        String w = s.workload.name();
        if (s.workload.vpcConnector().isPresent() && s.workload.usesDirectVpc()) {
            return "remove either vpcConnector or network/subnet from workload " + w + ": a workload uses a connector"
                    + " or Direct VPC egress, not both";
        }
        return "give workload " + w + " a Serverless VPC Access connector (vpcConnector) instead of Direct VPC egress"
                + (s.workload.type() == WorkloadType.CLOUD_FUNCTION ? ", or deploy it as a 2nd gen function" : "");
    }

    static String regionMismatch(SourceView s) {
        Connector c = s.connector();
        return "use a connector in " + s.workload.region() + " for workload " + s.workload.name() + " (connector "
                + c.name() + " is in " + c.region() + "), or deploy the workload in " + c.region();
    }

    static String connectorNotSet(Ctx c) {
        Optional<AddressPlan.Holder> h = c.ix.addresses.rangeHolding(c.dst);
        String net = h.map(x -> "network " + x.network()).orElse("the network that holds " + c.dstText);
        return "give workload " + c.src.workload.name() + " VPC access to reach " + c.dstText + ": a Serverless VPC "
                + "Access connector (vpcConnector) in " + c.src.workload.region() + " attached to " + net
                + ", or Direct VPC egress (network/subnet) on a subnet of " + net;
    }

    static String privateOnlyExternal(Ctx c) {
        String w = c.src.workload.name();
        if (dev.vpcsim.addressing.Addresses.isRfc6598(c.dst)) {
            return "set vpcEgress: all-traffic on workload " + w + " so that " + c.dstText + " (RFC 6598) goes into"
                    + " the VPC (or settings.privateRangesOnlyIncludesRfc6598: true if your platform sends RFC 6598"
                    + " into the VPC)";
        }
        return "set vpcEgress: all-traffic on workload " + w + ": private-ranges-only sends only RFC 1918 and the"
                + " Private Google Access addresses into the VPC, and " + c.dstText + " is neither";
    }

    static String connectorNotRunning(Connector con) {
        return "wait until connector " + con.name() + " is READY, or recreate it (state " + con.state() + ")";
    }

    static String managedNoPeering(Ctx c, NetView net, PsaText psa) {
        return c.dstText + psa.fixLead + c.src.workload.name() + psa.fixTail + net.name;
    }

    /** {@link #managedNoPeering} between the destination address and the workload name. */
    static String managedNoPeeringLead(AddressPlan.PsaRange psa) {
        return " is in private-services-access range " + psa.name() + " of network " + psa.network()
                + ", and managed services are reachable only from that network (peering does not carry them): give"
                + " workload ";
    }

    /** {@link #managedNoPeering} between the workload name and the network the packet is in. */
    static String managedNoPeeringTail(AddressPlan.PsaRange psa) {
        return " VPC access in network " + psa.network() + " (a connector or Direct VPC subnet there) instead of network ";
    }

    static String noRoute(Ctx c, NetView net) {
        Optional<AddressPlan.Holder> h = c.ix.addresses.rangeHolding(c.dst);
        if (h.isEmpty()) {
            if (c.ix.addresses.isPublic(c.dst) && !net.network.autoCreateDefaultRoute()) {
                return "network " + net.name + " has no default route (autoCreateDefaultRoute: false): add a route "
                        + "0.0.0.0/0 (or a range holding " + c.dstText + ") with nextHopGateway: default-internet-gateway";
            }
            return "add a route for " + c.dstText + " in network " + net.name + " (for example a static route to a"
                    + " VPN tunnel or an appliance), or correct the destination address";
        }
        String holder = h.get().network();
        String where = c.dstText + " is in " + h.get().name() + " (" + h.get().range().blockText() + ") of network "
                + holder;
        if (holder.equals(net.name)) {
            return where + ", whose range is not routable from here: check the route tags and the range";
        }
        Optional<String> via = c.ix.design.peeringGraph().commonPeer(net.name, holder);
        if (via.isPresent()) {
            return where + "; networks " + net.name + " and " + holder + " are both peered with " + via.get()
                    + ", but peering is not transitive: peer " + net.name + " with " + holder
                    + " directly (both sides), or route through an appliance or VPN";
        }
        return where + ": peer network " + net.name + " with " + holder + " (a peering listed on both sides), or add"
                + " a route to it in " + net.name;
    }

    static String privateToGateway(Ctx c, NetView net) {
        Optional<AddressPlan.Holder> h = c.ix.addresses.rangeHolding(c.dst);
        return "the chosen route sends " + c.dstText + ", which is not publicly routable, to the internet gateway:"
                + h.map(x -> " it is in " + x.name() + " of network " + x.network() + "; peer network " + net.name
                + " with " + x.network() + " or").orElse("") + " add a more specific route in network " + net.name
                + " (a VPN tunnel, an appliance or a peering to the network that holds it)";
    }

    static String privateGoogleAccess(EntryView e) {
        return "enable privateGoogleAccess on subnet " + e.subnet.name() + " of network " + e.net.name;
    }

    static String noExternalAddress(Ctx c, EntryView e, NetView net) {
        String sub = e.subnet.name();
        String region = e.subnet.region();
        Optional<Nat> other = net.network.nats().stream().filter(n -> n.region().equals(region)).findFirst();
        String hidden = e.natHidden ? " (connector " + e.connectorOrThrow().name() + " was created from a range and "
                + "sits in a hidden subnet that only sourceSubnetworks: all covers)" : "";
        String allow = c.ix.addresses.externalEndpoint(c.dst) >= 0 && c.ix.endpoint(
                c.ix.addresses.externalEndpoint(c.dst)).endpoint.allowedSources().isPresent()
                ? ", with a reserved address (natIps) that the destination allows" : "";
        if (net.index != e.net.index) {
            return "traffic from network " + e.net.name + " reaches the internet gateway of network " + net.name
                    + ", where no Cloud NAT can cover it: route it to the internet in network " + e.net.name;
        }
        if (other.isPresent()) {
            return "Cloud NAT " + other.get().name() + " in " + region + " does not cover subnet " + sub + hidden
                    + ": set its sourceSubnetworks to all" + (e.natHidden ? "" : " or add " + sub) + allow;
        }
        return "add a Cloud NAT gateway to network " + net.name + " in " + region + " covering subnet " + sub
                + hidden + " (sourceSubnetworks: all" + (e.natHidden ? "" : " or [" + sub + "]") + ")" + allow;
    }

    static String natNoAddresses(Nat nat, NetView net) {
        return "give Cloud NAT " + nat.name() + " of network " + net.name + " addresses: natIps: auto, or reserve a "
                + "static external address and list it in natIps";
    }

    static String nextHopUnresolved(RouteEntry r) {
        return "route " + r.id() + " sends packets to " + r.nextHop().describe() + ", which no VM of the design "
                + "holds: declare the appliance VM (type vm, ipForwarding: true) at that address or correct nextHopIp";
    }

    static String startInstance(EndpointView ep) {
        return "start " + ep.endpoint.type().id() + " " + ep.endpoint.name() + " (state: RUNNING)";
    }

    static String ipForwarding(EndpointView ep) {
        return "enable ipForwarding on VM " + ep.endpoint.name() + " (it must be created with --can-ip-forward)";
    }

    static String unknownAddress(Ctx c, NetView net) {
        return "no resource of network " + net.name + " has address " + c.dstText + ": correct the destination "
                + "address or declare the resource that holds it (an endpoint with network " + net.name + ")";
    }

    static String portClosed(Ctx c, EndpointView ep) {
        Endpoint e = ep.endpoint;
        return e.type().id() + " " + e.name() + " listens on " + ep.listedPorts + ": connect to one of those, or make it "
                + "listen on " + c.portText() + " (add it to its ports)";
    }

    static String rejectsSource(Ctx c, Walk w, Endpoint e) {
        String allowed = e.allowedSources().orElseThrow().stream().map(Cidr::blockText)
                .collect(Collectors.joining(", "));
        String wl = c.src.workload.name();
        if (w.srcFixed) {
            return e.name() + " accepts only " + allowed + ": add the NAT address " + w.src + " to its allow-list, "
                    + "or give the Cloud NAT a reserved address from it";
        }
        if (c.src.access == SourceView.Access.NONE) {
            return e.name() + " accepts only " + allowed + ", and traffic leaving through Google's own path has no "
                    + "fixed address: give workload " + wl + " VPC access with vpcEgress: all-traffic and a Cloud NAT "
                    + "gateway with a reserved address (natIps) that " + e.name() + " allows";
        }
        if (!w.natStep) {
            return e.name() + " accepts only " + allowed + ": set vpcEgress: all-traffic on workload " + wl
                    + " so that the traffic goes through Cloud NAT with a reserved address (natIps) that it allows";
        }
        return e.name() + " accepts only " + allowed + ", and Cloud NAT with natIps: auto has no fixed address: "
                + "reserve a static address, list it in natIps and allow it at " + e.name();
    }

    static String directVpcTags(Ctx c, FirewallRule r, EndpointView ep) {
        return "rule " + r.name() + " matches workload " + c.src.workload.name() + " by source tag or service account,"
                + " which Direct VPC egress does not support: allow its subnet range instead (an INGRESS allow rule"
                + " for " + c.portText() + " with sourceRanges: [" + c.src.entry.rangeText + "] "
                + ep.firewallTarget + " in network " + ep.net.name + ")";
    }

    static String ingressFirewall(Ctx c, RuleText r, EndpointView ep) {
        return FirewallFixes.ingress(c, r, ep);
    }

    static String egressFirewall(Ctx c, RuleText r, EntryView e) {
        return FirewallFixes.egress(c, r, e);
    }

    static String serverlessHop(Connector con, FirewallRule r, EntryView e) {
        return FirewallFixes.serverlessHop(con, r, e);
    }
}
