package dev.vpcsim.trace;

import dev.vpcsim.check.Finding;
import dev.vpcsim.check.Severity;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Intent;
import dev.vpcsim.model.Protocol;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentsTest {

    private static Design design() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").targetTags("db").priority(900).build());
        return f.build().toBuilder()
                .intent(new Intent("service reaches the vm", "my-service", "db-vm", Optional.empty(), Protocol.TCP,
                        Intent.Expect.REACHABLE))
                .intent(new Intent("service reaches sql", "my-service", "orders-db", Optional.of(5432), Protocol.TCP,
                        Intent.Expect.REACHABLE))
                .intent(new Intent("sql is private", "my-service", "10.20.0.5", Optional.empty(), Protocol.TCP,
                        Intent.Expect.UNREACHABLE))
                .build();
    }

    @Test
    void evaluatesEveryIntentInFileOrder() {
        Design d = design();
        List<IntentResult> results = Intents.evaluate(d, new TraceEngine(d));
        assertEquals(List.of(false, true, false), results.stream().map(IntentResult::passed).toList());
        assertEquals(DropCause.FIREWALL_RULE, results.get(0).trace().dropCause().orElseThrow());
        assertFalse(results.get(0).trace().nearMisses().isEmpty(), "failed intents are explained");
        assertEquals(5432, results.get(2).trace().flow().port());
    }

    @Test
    void failedIntentsBecomeErrorFindingsWithTheTracesFix() {
        Design d = design();
        List<IntentResult> results = Intents.evaluate(d, new TraceEngine(d));
        List<Finding> findings = Intents.findings(results);
        assertEquals(2, findings.size());
        Finding first = findings.get(0);
        assertEquals("intent-failed", first.id());
        assertEquals(Severity.ERROR, first.severity());
        assertEquals("intents/service reaches the vm", first.resource());
        assertTrue(first.message().contains("expects reachable") && first.message().contains("UNREACHABLE")
                && first.message().contains("FIREWALL_RULE"), first.message());
        assertEquals(results.get(0).trace().fix(), first.fix());
        Finding second = findings.get(1);
        assertTrue(second.message().contains("expects unreachable") && second.message().contains("REACHABLE"),
                second.message());
        assertTrue(second.fix().contains("an EGRESS deny rule for tcp:5432 to 10.20.0.5/32"), second.fix());
    }

    @Test
    void anUnexpectedlyReachableFlowGetsADenyRuleForTheEntryRange() {
        Design d = Fixture.basic().build().toBuilder()
                .intent(new Intent("vm is private", "my-service", "db-vm", Optional.empty(), Protocol.TCP,
                        Intent.Expect.UNREACHABLE))
                .build();
        List<Finding> findings = Intents.findings(Intents.evaluate(d, new TraceEngine(d)));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).fix().startsWith("to block it, add an INGRESS deny rule for tcp:5432 from "
                + "10.8.0.0/28 in network my-vpc with a priority number of at most 1000"), findings.get(0).fix());
    }
}
