package dev.vpcsim.check;

import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleMatch;
import dev.vpcsim.firewall.RuleMatch.SourceMatch;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;

import java.util.List;
import java.util.Optional;

/**
 * Whether an INGRESS rule's sources take in a connector's traffic, decided with {@link RuleMatch#source} on
 * packets from the connector's addresses (a connector VM carries the connector's tags and is inside the
 * network). Ranges larger than {@value #MAX_ADDRESSES} addresses (connector-range-size reports them) are
 * probed at their first and last address only.
 */
final class ConnectorSources {
    static final long MAX_ADDRESSES = 4096;

    private ConnectorSources() {
    }

    /** How the rule's sources take in the connector's tags (any of its tags); empty when they do not. */
    static Optional<String> byTag(FirewallRule r, Connector c) {
        for (String tag : c.networkTags()) {
            if (r.sourceTags().contains(tag)) {
                return Optional.of("source tag " + tag);
            }
        }
        return Optional.empty();
    }

    /**
     * How the rule's source ranges take in the connector's range: {@code whole} asks for every address, otherwise
     * one is enough. Empty when they do not.
     */
    static Optional<String> byRange(FirewallRule r, Cidr range, boolean whole) {
        boolean noSource = r.sourceRanges().isEmpty() && r.sourceTags().isEmpty() && r.sourceServiceAccounts().isEmpty();
        if (noSource) {
            return Optional.of("no source restriction (0.0.0.0/0 by default)");
        }
        int hits = 0;
        long probes = 0;
        for (long ip : probes(range)) {
            probes++;
            if (RuleMatch.source(r, untagged(ip)) == SourceMatch.RANGE) {
                hits++;
            }
        }
        boolean ok = whole ? hits == probes : hits > 0;
        if (!ok) {
            return Optional.empty();
        }
        List<String> ranges = r.sourceRanges().stream().filter(s -> s.overlaps(range)).map(Cidr::toString).toList();
        return Optional.of("source range" + (ranges.size() == 1 ? " " : "s ") + String.join(", ", ranges)
                + (whole ? " (holding its whole range " : " (overlapping its range ") + range + ")");
    }

    private static long[] probes(Cidr range) {
        if (range.size() > MAX_ADDRESSES) {
            return new long[] {range.first(), range.last()};
        }
        long[] out = new long[(int) range.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = range.first() + i;
        }
        return out;
    }

    private static PacketView untagged(long ip) {
        return new PacketView(ip, List.of(), Optional.empty(), true, Ipv4.of("0.0.0.0").value(), Protocol.TCP, 0,
                List.of(), Optional.empty());
    }
}
