package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ShadowCells} counts the cells the analysis would cut, without cutting: checked against a plain count over
 * {@link Pieces} of every outranking rule, on seeded random rule sets (the cap decision depends on it).
 */
class ShadowCellsTest {

    @Test
    void countsTheCellsOfThePlainCut() {
        int compared = 0;
        long largest = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            int n = 5 + random.nextInt(seed % 3 == 0 ? 150 : 20);
            for (Direction d : Direction.values()) {
                List<FirewallRule> rules = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    FirewallRule r = RandomRules.rule("r" + i, random, seed % 2 == 0);
                    if (r.direction() == d && !r.disabled()) {
                        rules.add(r);
                    }
                }
                rules.sort(FirewallRule.PRECEDENCE);
                ShadowCells cells = new ShadowCells(rules);
                for (int i = 0; i < rules.size(); i++) {
                    FirewallRule r = rules.get(i);
                    List<FirewallRule> higher = rules.stream().filter(h -> h.outranks(r)).toList();
                    assertEquals(higher, rules.subList(0, higher.size()), "outranking rules are a prefix");
                    long expected = plainCount(r, higher);
                    assertEquals(expected, cells.cells(i, higher.size()), "seed " + seed + ", rule " + r);
                    largest = Math.max(largest, expected);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 3000, "compared " + compared);
        assertTrue(largest >= 10_000, "largest count " + largest);
    }

    /** Targets x address atoms x port cells, cutting as the analysis does. */
    private static long plainCount(FirewallRule r, List<FirewallRule> higher) {
        long targets = r.targetsAllInstances() ? 1 : r.targetTags().size() + r.targetServiceAccounts().size();
        Pieces addresses = new Pieces(0, 0xFFFF_FFFFL);
        ranges(r).forEach(c -> addresses.cut(c.first(), c.last()));
        higher.forEach(h -> ranges(h).forEach(c -> addresses.cut(c.first(), c.last())));
        List<Pieces.Piece> pieces = addresses.all();
        long atoms = pieces.stream().filter(p -> ranges(r).stream().anyMatch(c -> c.contains(p.from()))).count();
        if (r.direction() == Direction.INGRESS) {
            atoms += (long) (r.sourceTags().size() + r.sourceServiceAccounts().size()) * pieces.size();
        }
        long ports = ProtocolPorts.anyMatches(r.rules(), Protocol.ICMP, 0) ? 1 : 0;
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            Pieces line = new Pieces(0, 65535);
            cutPorts(line, r, protocol);
            higher.forEach(h -> cutPorts(line, h, protocol));
            ports += line.all().stream()
                    .filter(p -> ProtocolPorts.anyMatches(r.rules(), protocol, (int) p.from())).count();
        }
        return targets * atoms * ports;
    }

    private static List<Cidr> ranges(FirewallRule r) {
        if (r.direction() == Direction.EGRESS) {
            return r.destinationRanges().isEmpty() ? List.of(Cidr.ALL) : r.destinationRanges();
        }
        boolean none = r.sourceRanges().isEmpty() && r.sourceTags().isEmpty() && r.sourceServiceAccounts().isEmpty();
        return none ? List.of(Cidr.ALL) : r.sourceRanges();
    }

    private static void cutPorts(Pieces line, FirewallRule r, Protocol protocol) {
        for (ProtocolPorts spec : r.rules()) {
            if (spec.protocol() == protocol) {
                for (PortRange range : spec.ports()) {
                    line.cut(range.from(), range.to());
                }
            }
        }
    }
}
