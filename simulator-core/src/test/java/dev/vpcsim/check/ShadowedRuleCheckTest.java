package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.egress;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.ingress;
import static dev.vpcsim.check.Fixtures.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShadowedRuleCheckTest {

    private static List<Finding> shadowed(RuleFixture... rules) {
        NetworkFixture n = network("vpc");
        for (RuleFixture r : rules) {
            n.rule(r);
        }
        return findings(Fixtures.design().network(n.build()).build(), ShadowedRuleCheck.ID);
    }

    private static List<String> resources(List<Finding> f) {
        return f.stream().map(Finding::resource).toList();
    }

    @Test
    void aDenyAllAboveAnAllowShadowsIt() {
        List<Finding> f = shadowed(ingress("deny-all").priority(900).deny("all"),
                ingress("allow-web").priority(1000).allow("tcp:80"));
        assertEquals(List.of("networks/vpc/firewall/allow-web"), resources(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("deny-all (priority 900, DENY)"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("lower than 900"));
    }

    @Test
    void anAllowAboveTheDenyIsNotShadowed() {
        assertEquals(List.of(), resources(shadowed(ingress("deny-all").priority(900).deny("all"),
                ingress("allow-web").priority(800).allow("tcp:80"))));
    }

    @Test
    void denyBeatsAllowAtEqualPriority() {
        assertEquals(List.of("networks/vpc/firewall/allow-web"), resources(shadowed(
                ingress("deny-all").deny("all"), ingress("allow-web").allow("tcp:80"))));
    }

    @Test
    void identicalRulesAtEqualPrecedenceDoNotShadowEachOther() {
        assertEquals(List.of(), resources(shadowed(ingress("a").allow("tcp:80"), ingress("b").allow("tcp:80"))));
    }

    @Test
    void sourceRangesAreCoveredByAUnion() {
        assertEquals(List.of("networks/vpc/firewall/r"), resources(shadowed(
                ingress("low").priority(100).allow("tcp:80").from("10.0.0.0/25"),
                ingress("high").priority(100).allow("tcp:80").from("10.0.0.128/25"),
                ingress("r").priority(200).allow("tcp:80").from("10.0.0.0/24"))));
        assertEquals(List.of(), resources(shadowed(
                ingress("low").priority(100).allow("tcp:80").from("10.0.0.0/25"),
                ingress("high").priority(100).allow("tcp:80").from("10.0.0.128/26"),
                ingress("r").priority(200).allow("tcp:80").from("10.0.0.0/24"))));
    }

    @Test
    void portsAreCoveredByAUnion() {
        assertEquals(List.of("networks/vpc/firewall/r"), resources(shadowed(
                ingress("a").priority(100).deny("tcp:0-100"), ingress("b").priority(100).deny("tcp:101-65535"),
                ingress("r").priority(200).allow("tcp"))));
        assertEquals(List.of(), resources(shadowed(
                ingress("a").priority(100).deny("tcp:0-100"), ingress("b").priority(100).deny("tcp:102-65535"),
                ingress("r").priority(200).allow("tcp"))));
        assertEquals(List.of(), resources(shadowed(ingress("a").priority(100).deny("tcp"),
                ingress("r").priority(200).allow("all"))));
    }

    @Test
    void sourceTagsAreCoveredByTheSameTagOrEveryAddress() {
        assertEquals(List.of("networks/vpc/firewall/r"), resources(shadowed(
                ingress("h").priority(100).allow("tcp").sourceTags("web", "api"),
                ingress("r").priority(200).allow("tcp:80").sourceTags("web"))));
        assertEquals(List.of("networks/vpc/firewall/r"), resources(shadowed(
                ingress("h").priority(100).allow("tcp").from("0.0.0.0/0"),
                ingress("r").priority(200).allow("tcp:80").sourceTags("web"))));
        // a web-tagged source outside 10.0.0.0/8 is matched by r only
        assertEquals(List.of(), resources(shadowed(
                ingress("h").priority(100).allow("tcp").from("10.0.0.0/8"),
                ingress("r").priority(200).allow("tcp:80").sourceTags("web"))));
    }

    @Test
    void targetsMustBeCovered() {
        assertEquals(List.of("networks/vpc/firewall/r"), resources(shadowed(
                ingress("h").priority(100).deny("all").targetTags("db", "cache"),
                ingress("r").priority(200).allow("tcp:5432").targetTags("db"))));
        assertEquals(List.of(), resources(shadowed(
                ingress("h").priority(100).deny("all").targetTags("db"),
                ingress("r").priority(200).allow("tcp:5432"))));
        assertEquals(List.of(), resources(shadowed(
                ingress("h").priority(100).deny("all").targetTags("db"),
                ingress("r").priority(200).allow("tcp:5432").targetAccounts("db@p.iam.gserviceaccount.com"))));
    }

    @Test
    void disabledRulesNeitherShadowNorAreReported() {
        assertEquals(List.of(), resources(shadowed(ingress("deny-all").priority(900).deny("all").disabled(),
                ingress("allow-web").priority(1000).allow("tcp:80"))));
        assertEquals(List.of(), resources(shadowed(ingress("deny-all").priority(900).deny("all"),
                ingress("allow-web").priority(1000).allow("tcp:80").disabled())));
    }

    @Test
    void egressRulesAreComparedByDestinationAndOnlyWithEgressRules() {
        assertEquals(List.of("networks/vpc/firewall/r"), resources(shadowed(
                egress("deny-out").priority(100).deny("all"), egress("r").priority(200).allow("tcp:443").to("10.0.0.0/8"))));
        assertEquals(List.of(), resources(shadowed(
                egress("deny-out").priority(100).deny("all").to("192.168.0.0/16"),
                egress("r").priority(200).allow("tcp:443").to("10.0.0.0/8"))));
        assertEquals(List.of(), resources(shadowed(
                ingress("deny-in").priority(100).deny("all"), egress("r").priority(200).allow("tcp:443"))));
    }

    @Test
    void managedRulesNeverShadow() {
        Design d = Fixtures.design().network(network("vpc").rule(ingress("serverless").priority(200)
                        .allow("tcp:667").from("35.199.224.0/19").targetTags("vpc-connector-europe-west1-conn")).build())
                .connector(connector("conn").build()).build();
        assertEquals(0, findings(d, ShadowedRuleCheck.ID).size());
    }
}
