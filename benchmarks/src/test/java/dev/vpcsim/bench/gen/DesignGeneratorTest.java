package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Network;
import dev.vpcsim.trace.Flow;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignGeneratorTest {

    @Test
    void sameSeedSameDesignAndFlows() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Design a = DesignGenerator.small(seed);
            Design b = DesignGenerator.small(seed);
            assertEquals(a.scenario(), b.scenario(), "seed " + seed);
            assertEquals(DesignGenerator.flows(a, seed, 50), DesignGenerator.flows(b, seed, 50), "seed " + seed);
        }
    }

    @Test
    void differentSeedsDifferentDesigns() {
        Set<Object> seen = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            seen.add(DesignGenerator.small(seed).scenario());
        }
        assertEquals(50, seen.size());
        assertNotEquals(DesignGenerator.flows(DesignGenerator.small(3), 1, 20),
                DesignGenerator.flows(DesignGenerator.small(3), 2, 20));
    }

    @Test
    void smallSizesStayInTheirRanges() {
        for (long seed = 0; seed < 200; seed++) {
            DesignGenerator.Size s = DesignGenerator.Size.small(seed);
            assertTrue(s.networks() >= 2 && s.networks() <= 4, s::toString);
            assertTrue(s.firewallRules() >= 5 && s.firewallRules() <= 30, s::toString);
            Design d = DesignGenerator.small(seed);
            assertEquals(s.networks(), d.networks().size());
            assertEquals(s.workloads(), d.workloads().size());
            assertEquals(s.endpoints(), d.endpoints().stream().filter(e -> !e.name().endsWith("-twin")).count());
        }
    }

    @Test
    void endpointAddressesAreUniqueExceptDeliberateTwins() {
        int twins = 0;
        for (long seed = 0; seed < 200; seed++) {
            Design d = DesignGenerator.small(seed);
            List<Long> originals = d.endpoints().stream().filter(e -> !e.name().endsWith("-twin"))
                    .map(e -> e.ip().value()).toList();
            assertEquals(originals.size(), originals.stream().distinct().count(), "seed " + seed);
            twins += (int) d.endpoints().stream().filter(e -> e.name().endsWith("-twin")).count();
        }
        assertTrue(twins > 0, "a VM at the same address in an overlapping subnet of another network");
    }

    @Test
    void largeDesignHasTheAdvertisedCounts() {
        Design d = DesignGenerator.large(1);
        assertEquals(100, d.networks().size());
        assertEquals(2_000, d.networks().stream().mapToInt(n -> n.subnets().size()).sum());
        assertEquals(10_000, d.networks().stream().mapToInt(n -> n.firewall().size()).sum());
        assertEquals(500, d.workloads().size());
        assertEquals(5_000, d.endpoints().size());
        List<Flow> flows = DesignGenerator.flows(d, 1, 1000);
        assertEquals(1000, flows.size());
        int rules = 0;
        for (Network n : d.networks()) {
            for (FirewallRule r : d.firewall(n.name())) {
                rules++;
            }
        }
        assertTrue(rules > 10_000, "effective rules include managed and implied ones");
    }
}
