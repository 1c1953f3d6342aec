package dev.vpcsim.trace;

import dev.vpcsim.addressing.Addresses;
import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleList;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;

import java.util.List;

/**
 * Arriving (semantics.md section 5), checked in this order: (1) the address belongs to a resource, (2) it runs,
 * (3) its INGRESS rules, (4) something listens on the port, (5) the remote side's allow-list.
 */
final class Arrival {
    private Arrival() {
    }

    /** The chosen route is a subnet route of {@code net}. */
    static void inNetwork(Walk w, NetView net) {
        Ctx c = w.ctx;
        int i = c.ix.addresses.endpointInNetwork(net.index, c.dst);
        if (i < 0) {
            w.drop(DropCause.UNKNOWN_INTERNAL_ADDRESS, "Dropped: no resource of network " + net.name + " holds "
                    + c.dstText + ".", Fixes.unknownAddress(c, net));
            return;
        }
        EndpointView ep = c.ix.endpoint(i);
        if (!runs(w, ep)) {
            return;
        }
        if (ep.ingress != null && !ingress(w, ep)) {
            return;
        }
        if (!w.add(StepState.ARRIVE_AT_INSTANCE, ep.resource, ep.arriveDescription, ep.info)) {
            return;
        }
        if (listens(w, ep)) {
            w.deliver(ep.target, ep.deliveredReason);
        }
    }

    /** The packet reached the internet (or Google APIs): a declared endpoint, or an implicit one. */
    static void external(Walk w) {
        Ctx c = w.ctx;
        int i = c.ix.addresses.externalEndpoint(c.dst);
        if (i < 0) {
            boolean api = Addresses.isGoogleApi(c.dst);
            w.deliver(api ? DeliverTarget.GOOGLE_API : DeliverTarget.INTERNET, "Delivered to " + c.dstText
                    + (api ? " (Google APIs)." : " on the internet (no endpoint declares it: anything listens)."));
            return;
        }
        EndpointView ep = c.ix.endpoint(i);
        if (!runs(w, ep) || !w.add(StepState.ARRIVE_AT_INSTANCE, ep.resource, ep.arriveDescription, ep.info)
                || !listens(w, ep)) {
            return;
        }
        Endpoint e = ep.endpoint;
        if (e.allowedSources().isPresent() && !c.relaxed(Relax.ALLOW_LIST) && !accepts(e.allowedSources().get(), w)) {
            w.drop(DropCause.DESTINATION_REJECTS_SOURCE, "Dropped by the remote side: " + e.name()
                    + " does not accept " + (w.srcFixed ? "source " + w.src : "a source address that is not fixed")
                    + ".", Fixes.rejectsSource(c, w, e));
            return;
        }
        w.deliver(ep.target, ep.deliveredReason);
    }

    /** A fixed source must be in the allow-list; a pooled or auto-NAT source matches only 0.0.0.0/0. */
    private static boolean accepts(List<Cidr> allowed, Walk w) {
        for (Cidr a : allowed) {
            if (a.prefixLength() == 0 || (w.srcFixed && a.contains(w.srcIp))) {
                return true;
            }
        }
        return false;
    }

    private static boolean runs(Walk w, EndpointView ep) {
        if (!ep.stopped || w.ctx.relaxed(Relax.INSTANCE_STATE)) {
            return true;
        }
        if (w.add(StepState.ARRIVE_AT_INSTANCE, ep.resource, "Reaches " + ep.endpoint.type().id() + " "
                + ep.endpoint.name() + ", which is stopped.", ep.info)) {
            w.drop(DropCause.INSTANCE_NOT_RUNNING, "Dropped: " + ep.endpoint.name() + " is stopped.",
                    Fixes.startInstance(ep));
        }
        return false;
    }

    private static boolean listens(Walk w, EndpointView ep) {
        Ctx c = w.ctx;
        if (ep.listensOn(c.protocolIndex, c.port) || c.relaxed(Relax.PORT)) {
            return true;
        }
        boolean redis = ep.endpoint.type() == EndpointType.MEMORYSTORE_REDIS;
        w.drop(redis ? DropCause.REDIS_INSTANCE_UNSUPPORTED_PORT : DropCause.DESTINATION_PORT_CLOSED,
                "Dropped: nothing listens on " + c.portText() + " at " + ep.endpoint.name() + ".",
                Fixes.portClosed(c, ep));
        return false;
    }

    /**
     * The INGRESS rules of the endpoint's network for it; false when the trace ended here. A Direct VPC source
     * never matches rules by source tag or service account; when such a rule would otherwise have allowed the
     * packet, the drop is INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS and the step names that rule.
     */
    static boolean ingress(Walk w, EndpointView ep) {
        Ctx c = w.ctx;
        EntryView e = c.src.entry;
        NetView net = ep.net;
        RuleList rules = ep.ingress[c.protocolIndex];
        boolean directVpc = !e.connector;
        PacketView p = new PacketView(w.srcIp, e.tags, e.ingressAccount, e.net.index == net.index, c.dst,
                c.protocol, c.port, ep.endpoint.tags(), ep.endpoint.serviceAccount());
        int i = Departure.decided(directVpc ? rules.decideRangesOnly(p) : rules.decide(p));
        FirewallRule r = rules.get(i);
        RuleText text = net.text(rules, i);
        if (r.action() == Action.ALLOW || c.relaxed(Relax.INGRESS_FIREWALL)) {
            return w.add(StepState.APPLY_INGRESS_FIREWALL_RULE, text);
        }
        if (directVpc) {
            int h = rules.decide(p);
            FirewallRule tagRule = rules.get(h);
            if (tagRule.action() == Action.ALLOW) {
                if (w.add(StepState.APPLY_INGRESS_FIREWALL_RULE, tagRule.resource(), "INGRESS rule "
                        + tagRule.name() + " (priority " + tagRule.priority() + ") of network " + net.name
                        + " would allow the packet by source tag or service account, which Direct VPC egress does"
                        + " not support; the model does not match it.", Describe.firewallInfo(tagRule, net))) {
                    w.blocker = new Blocker(net, rules, p, h, true);
                    w.drop(DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS, "Dropped: rule "
                            + tagRule.name() + " matches Direct VPC egress by source tag or service account.",
                            Fixes.directVpcTags(c, tagRule, ep));
                }
                return false;
            }
        }
        if (w.add(StepState.APPLY_INGRESS_FIREWALL_RULE, text)) {
            w.blocker = new Blocker(net, rules, p, i, directVpc);
            w.drop(DropCause.FIREWALL_RULE, text.dropReason(), Fixes.ingressFirewall(c, text, ep));
        }
        return false;
    }
}
