package dev.vpcsim.firewall;

import dev.vpcsim.firewall.RuleMatch.SourceMatch;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * For a packet that a firewall blocked: the user ALLOW rules of the deciding direction that would have let it
 * through but for exactly one difference (disabled, target, protocol, port, source or destination range, a
 * Direct VPC source matched only by tag or account, or a priority that the blocking deny outranks).
 */
public final class NearMisses {
    private NearMisses() {
    }

    /**
     * @param rules          every rule of the network (enabled or not), in precedence order
     * @param direction      the deciding direction
     * @param p              the packet as the rules saw it
     * @param blocking       the rule that blocked it
     * @param directVpcSource whether source tags and accounts are unsupported for this source
     * @param limit          at most this many lines (a last line says how many were left out)
     */
    public static List<String> of(List<FirewallRule> rules, Direction direction, PacketView p, FirewallRule blocking,
                                  boolean directVpcSource, int limit) {
        List<String> out = new ArrayList<>();
        int more = 0;
        for (FirewallRule r : rules) {
            if (r.direction() != direction || r.action() != Action.ALLOW || r.origin() != Origin.USER
                    || r == blocking) {
                continue;
            }
            List<String> diffs = differences(r, direction, p, blocking, directVpcSource);
            if (diffs.size() != 1) {
                continue;
            }
            if (out.size() < limit) {
                out.add(r.resource() + " (" + direction + " allow, priority " + r.priority()
                        + ") would let the packet through, but " + diffs.get(0));
            } else {
                more++;
            }
        }
        if (more > 0) {
            out.add("... and " + more + " more rules that differ in one setting");
        }
        return out;
    }

    /** What keeps an allow rule from deciding the packet, one phrase per difference. */
    public static List<String> differences(FirewallRule r, Direction direction, PacketView p, FirewallRule blocking,
                                           boolean directVpcSource) {
        List<String> d = new ArrayList<>();
        if (r.disabled()) {
            d.add("it is disabled");
        }
        if (!RuleMatch.targets(r, p)) {
            d.add("it targets " + targetText(r) + ", not this instance (" + instanceText(p) + ")");
        }
        if (!ProtocolPorts.anyMatches(r.rules(), p.protocol(), p.port())) {
            d.add("it allows " + r.rules().stream().map(Object::toString).collect(Collectors.joining(", "))
                    + ", not " + p.protocol() + (p.protocol().hasPorts() ? ":" + p.port() : ""));
        }
        if (direction == Direction.INGRESS) {
            SourceMatch m = RuleMatch.source(r, p);
            if (m == SourceMatch.NONE) {
                d.add("its sources (" + sourcesText(r) + ") do not include " + ip(p.sourceIp())
                        + (p.sourceInNetwork() ? "" : " (source tags and accounts do not match across peering)"));
            } else if (directVpcSource && m != SourceMatch.RANGE) {
                d.add("it matches the Direct VPC source only by source tag or service account, which is unsupported");
            }
        } else if (!RuleMatch.destination(r, p)) {
            d.add("its destination ranges (" + r.effectiveDestinationRanges().stream().map(Cidr::blockText)
                    .collect(Collectors.joining(", ")) + ") do not include " + ip(p.destinationIp()));
        }
        if (blocking.outranks(r)) {
            d.add("deny rule " + blocking.name() + " (priority " + blocking.priority() + ") outranks it: it needs a "
                    + "priority number below " + blocking.priority());
        }
        return d;
    }

    private static String targetText(FirewallRule r) {
        List<String> parts = new ArrayList<>();
        if (!r.targetTags().isEmpty()) {
            parts.add("tags " + String.join(", ", r.targetTags()));
        }
        if (!r.targetServiceAccounts().isEmpty()) {
            parts.add("service accounts " + String.join(", ", r.targetServiceAccounts()));
        }
        return String.join(" and ", parts);
    }

    private static String instanceText(PacketView p) {
        String tags = p.targetTags().isEmpty() ? "no tags" : "tags " + String.join(", ", p.targetTags());
        return tags + p.targetServiceAccount().map(a -> ", service account " + a).orElse("");
    }

    private static String sourcesText(FirewallRule r) {
        List<String> parts = new ArrayList<>();
        r.sourceRanges().forEach(c -> parts.add(c.blockText()));
        r.sourceTags().forEach(t -> parts.add("tag " + t));
        r.sourceServiceAccounts().forEach(a -> parts.add("account " + a));
        return String.join(", ", parts);
    }

    private static String ip(long v) {
        return dev.vpcsim.addressing.Addresses.format(v);
    }
}
