package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.vpcsim.check.Fixtures.ingress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast shadowed-rule check ({@link ShadowedRuleCheck}) against the plain one it replaced
 * ({@link ReferenceShadowedRuleCheck}: every outranking rule handed to the cell analysis) on seeded random rule
 * sets: the same findings, in the same order, with the same messages and fixes.
 */
class ShadowDifferentialTest {
    @Test
    void sameFindingsAsTheReferenceOnSmallRuleSets() {
        int reported = 0;
        int seeds = 600;
        for (long seed = 1; seed <= seeds; seed++) {
            Random random = new Random(seed);
            reported += compare(seed, random, 2 + random.nextInt(12), false);
        }
        assertTrue(reported >= 300, "too few shadowed rules to be meaningful: " + reported);
    }

    @Test
    void sameFindingsAsTheReferenceOnLargerRuleSets() {
        int reported = 0;
        for (long seed = 1001; seed <= 1040; seed++) {
            Random random = new Random(seed);
            reported += compare(seed, random, 40 + random.nextInt(120), true);
        }
        assertTrue(reported >= 200, "too few shadowed rules to be meaningful: " + reported);
    }

    /** Hand count: 1 target atom x (301 + 303 source atoms) x 302 tcp pieces = 182,408 cells, under the cap. */
    @Test
    void aCoveredRuleUnderTheCellCapIsReported() {
        List<Finding> f = capScenario(300);
        assertEquals(List.of("networks/vpc/firewall/r"), f.stream().map(Finding::resource).toList());
        assertTrue(f.get(0).message().contains("matched first by deny-all (priority 100, DENY)"), f.get(0).message());
    }

    /**
     * Hand count: 1 x (401 + 403) x 402 = 323,208 cells, over the 250,000 cap: the analysis gives up although only
     * deny-all covers r (the fast path, handed deny-all alone, would find it covered with a handful of cells).
     */
    @Test
    void theCellCapGivesUpExactlyAsTheFullAnalysisDoes() {
        assertEquals(List.of(), capScenario(400));
    }

    private static List<Finding> capScenario(int noise) {
        NetworkFixture net = Fixtures.network("vpc");
        net.rule(ingress("deny-all").priority(100).deny("all").targetTags("a"));
        for (int k = 0; k < noise; k++) {
            net.rule(ingress("noise-" + k).priority(200).allow("tcp:" + (1000 + k)).targetTags("zzz")
                    .from("10." + k / 256 + "." + k % 256 + ".0/24"));
        }
        net.rule(ingress("r").priority(1000).allow("tcp").from("10.0.0.0/8").sourceTags("t").targetTags("a"));
        Design d = Fixtures.design().network(net.build()).build();
        List<Finding> fast = new ShadowedRuleCheck().run(d);
        assertEquals(new ReferenceShadowedRuleCheck().run(d), fast);
        return fast;
    }

    private static int compare(long seed, Random random, int n, boolean widePorts) {
        var builder = Fixtures.design();
        int networks = random.nextInt(4) == 0 ? 2 : 1;
        for (int k = 0; k < networks; k++) {
            NetworkFixture net = Fixtures.network("vpc" + k);
            for (int i = 0; i < n; i++) {
                net.rule(RandomRules.rule("r" + i, random, widePorts));
            }
            builder.network(net.build());
        }
        Design d = builder.build();
        List<Finding> expected = new ReferenceShadowedRuleCheck().run(d);
        assertEquals(expected, new ShadowedRuleCheck().run(d), "seed " + seed);
        return expected.size();
    }
}
