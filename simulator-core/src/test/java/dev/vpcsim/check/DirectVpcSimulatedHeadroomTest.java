package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** direct-vpc-ip-headroom with traffic: the simulated run (semantics.md section 7, docs/capacity.md section 4). */
class DirectVpcSimulatedHeadroomTest {

    /** Service svc on subnet run-direct, maxInstances as given, and (if instances > 0) one hour of traffic. */
    private static Design onSubnet(String cidr, int maxInstances, int instances, long... rolloutsAtSeconds) {
        var b = Fixtures.design().network(network("vpc").subnet("run-direct", cidr).build())
                .workload(service("svc").directVpc("vpc", "run-direct").maxInstances(maxInstances).build());
        if (instances > 0) {
            Profile p = new Profile("svc", Optional.empty(), Optional.of(Signal.of(new Shape.Constant(instances))),
                    Optional.empty(), Profile.DEFAULT_REQUEST_SECONDS);
            List<Rollout> rollouts = Arrays.stream(rolloutsAtSeconds).mapToObj(t -> new Rollout("svc", t)).toList();
            b.traffic(new Traffic(3600, 1, List.of(p), rollouts, List.of()));
        }
        return b.build();
    }

    @Test
    void theSeedsWorkedExampleRunsASlash24DryAndOneFindingCarriesBothFacts() {
        // Revision 1 at 100 instances (200 held) replaced at 600 s by revision 2 at 100: 400 wanted. A /24 holds
        // at most 16 x floor(252 / 16) = 240: 20 start, 80 fail, until 1800 s frees revision 1's addresses
        // (exhausted 600..1799 = 1200 s). Requested peak 400 -> a /23 (508 usable). The static rule agrees:
        // 2 x 2 x 100 = 400 > 252.
        List<Finding> f = findings(onSubnet("10.0.1.0/24", 100, 100, 600), DirectVpcHeadroomCheck.ID);
        assertEquals(1, f.size());
        Finding x = f.get(0);
        assertEquals(Severity.WARNING, x.severity());
        assertEquals("networks/vpc/subnets/run-direct", x.resource());
        assertEquals("a rollout at max instances needs 400 addresses on subnet run-direct (10.0.1.0/24, 252 usable):"
                + " svc 2 x 2 x 100 = 400, total 400, reserved in blocks of 16 = 400. New instances then fail to start"
                + " (insufficient free IP addresses in the subnetwork). The simulated traffic (without noise) runs it"
                + " dry, first at 600 s (10m): 80 instance or task starts fail and the subnet stays exhausted for"
                + " 1200 s; the run asked for 400 reserved addresses at its peak, 240 were reserved.", x.message());
        assertTrue(x.fix().startsWith("expand the subnet to a /23 (508 usable addresses): it holds both the 400"
                + " addresses the run asked for and the 400 of a rollout at max instances"), x.fix());
    }

    @Test
    void aSlash23HoldsTheSameRollout() {
        // 400 <= 508 both ways
        assertEquals(0, findings(onSubnet("10.0.2.0/23", 100, 100, 600), DirectVpcHeadroomCheck.ID).size());
    }

    @Test
    void twoRolloutsWithinTheRetentionWindowFireWhereTheRuleOfThumbDoesNot() {
        // maxInstances 50: 2 x 2 x 50 = 200 <= 252, the static rule is silent. Revision 1 (100 held) is replaced at
        // 600 s (retained until 1800 s), revision 2 (100) at 900 s (retained until 2100 s): revision 3 wants 100 more,
        // 300 in all; 200 + 2n <= 240 lets 20 start, 30 fail until 1800 s (exhausted 900..1799 = 900 s). Requested
        // peak 16 x ceil(300 / 16) = 304 > 252 -> a /23.
        List<Finding> f = findings(onSubnet("10.0.1.0/24", 50, 50, 600, 900), DirectVpcHeadroomCheck.ID);
        assertEquals(1, f.size());
        assertEquals("the simulated traffic (without noise) runs subnet run-direct (10.0.1.0/24, 252 usable) out of"
                + " addresses, first at 900 s (15m): 30 instance or task starts fail (insufficient free IP addresses"
                + " in the subnetwork) and the subnet stays exhausted for 900 s; the run asked for 304 reserved"
                + " addresses at its peak, 240 were reserved.", f.get(0).message());
        assertTrue(f.get(0).fix().startsWith("expand the subnet to a /23 (508 usable addresses) to hold the 304"
                + " addresses the run asked for"), f.get(0).fix());
    }

    @Test
    void withoutTrafficOnlyTheRuleOfThumbAndNoSimulation() {
        AtomicInteger runs = new AtomicInteger();
        Design d = onSubnet("10.0.1.0/24", 100, 0);
        CapacityFacts facts = new CapacityFacts(d, ConnectorUndersizedCheckTest.counting(runs));
        List<Finding> f = Linter.run(d, facts).stream().filter(x -> x.id().equals(DirectVpcHeadroomCheck.ID))
                .toList();
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().endsWith("reserved in blocks of 16 = 400. New instances then fail to start"
                + " (insufficient free IP addresses in the subnetwork)."), f.get(0).message());
        assertEquals("expand the subnet to a /23 (508 usable addresses), or lower maxInstances so that 4 x the sum of"
                + " maxInstances, rounded up to 16, stays within 252.", f.get(0).fix());
        assertEquals(0, runs.get());
        assertFalse(facts.simulated());
    }

    @Test
    void aCoarseSeriesGivesAWindow() {
        // 1 day at 1 s: 86400 steps in 10,000 points -> buckets of ceil(86400 / 10000) = 9 steps; the rollout
        // at 7200 s falls in the bucket 7200..7208 s (7200 = 800 x 9).
        var b = Fixtures.design().network(network("vpc").subnet("run-direct", "10.0.1.0/24").build())
                .workload(service("svc").directVpc("vpc", "run-direct").maxInstances(100).build());
        Profile p = new Profile("svc", Optional.empty(), Optional.of(Signal.of(new Shape.Constant(100))),
                Optional.empty(), Profile.DEFAULT_REQUEST_SECONDS);
        b.traffic(new Traffic(86_400, 1, List.of(p), List.of(new Rollout("svc", 7200)), List.of()));
        List<Finding> f = findings(b.build(), DirectVpcHeadroomCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("runs it dry, first between 7200 s (2h) and 7208 s: 80 instance"),
                f.get(0).message());
    }
}
