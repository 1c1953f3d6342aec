package dev.vpcsim.scenario;

import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scalars are typed strictly: numbers, booleans and strings as YAML resolves them, quotes respected. */
class ScalarTypingTest {

    @Test
    void plainNumbersAreAcceptedAsStringsButBooleansAreNot() {
        Scenario s = Yaml.load("version: 1", "name: 2024", "description: '42'");
        assertEquals("2024", s.name());
        assertEquals("42", s.description());
        ScenarioInputException e = Yaml.fail("version: 1", "name: yes");
        assertEquals("test.yaml:2:7: name: expected a string, got the boolean 'yes' (quote it to mean the text)",
                e.getMessage());
    }

    @Test
    void onlyPlainTrueAndFalseAreBooleans() {
        // "settings: {" is 11 columns, the 32-character key and ": " follow: the value starts at column 46
        assertEquals("test.yaml:3:46: settings.privateRangesOnlyIncludesRfc6598: expected true or false, got 'True'",
                Yaml.fail("version: 1", "name: b", "settings: {privateRangesOnlyIncludesRfc6598: True}").getMessage());
        assertEquals("expected true or false, got 'true'",
                Yaml.fail("version: 1", "name: b", "settings: {privateRangesOnlyIncludesRfc6598: \"true\"}").problem());
    }

    @Test
    void numbersMustBeWrittenPlainAndWhole() {
        assertEquals("expected a number, got the string '1' (remove the quotes)",
                Yaml.fail("version: '1'", "name: q").problem());
        assertEquals("expected a whole number, got '1.0'", Yaml.fail("version: 1.0", "name: q").problem());
        assertEquals("expected a whole number, got '0x1'", Yaml.fail("version: 0x1", "name: q").problem());
        assertEquals("expected a whole number, got '1_0'", Yaml.fail("version: 1_0", "name: q").problem());
        assertEquals("expected a number, got a list", Yaml.fail("version: [1]", "name: q").problem());
    }

    @Test
    void decimalsWhereDecimalsAreExpected() {
        Scenario s = Yaml.load("version: 1", "name: d", "networks: [{name: vpc}]",
                "connectors: [{name: c, region: r, network: vpc, range: 10.8.0.0/28, pricePerHourUsd: 1e-2,"
                        + " throughputPerInstanceMbps: 150}]");
        assertEquals(0.01, s.connectors().get(0).pricePerHourUsd().orElseThrow());
        assertEquals(150.0, s.connectors().get(0).throughputPerInstanceMbps().orElseThrow());
        assertEquals("must be positive, got 0",
                Yaml.fail("version: 1", "name: d", "networks: [{name: vpc}]",
                        "connectors: [{name: c, region: r, network: vpc, range: 10.8.0.0/28,"
                                + " throughputPerInstanceMbps: 0}]").problem());
    }

    @Test
    void durations() {
        Scenario s = Yaml.load("version: 1", "name: t", "traffic: {duration: 7d, step: '90'}");
        assertEquals(7 * 86_400, s.traffic().orElseThrow().durationSeconds());
        assertEquals(90, s.traffic().orElseThrow().stepSeconds());
        assertEquals("'1.5h' is not a duration (90s, 20m, 2h, 7d or a number of seconds, at most 366d)",
                Yaml.fail("version: 1", "name: t", "traffic: {duration: 1.5h}").problem());
        assertEquals("'400d' is not a duration (90s, 20m, 2h, 7d or a number of seconds, at most 366d)",
                Yaml.fail("version: 1", "name: t", "traffic: {duration: 400d}").problem());
        assertEquals("must be at least 1s", Yaml.fail("version: 1", "name: t", "traffic: {step: 0s}").problem());
    }

    @Test
    void enumSpellingsAreExactWithAHint() {
        ScenarioInputException e = Yaml.fail("version: 1", "name: e",
                "networks: [{name: v, firewall: [{name: f, direction: ingress, allow: [all]}]}]");
        assertEquals("'ingress' is not one of INGRESS, EGRESS (did you mean 'INGRESS'?)", e.problem());
        assertEquals("networks[0].firewall[0].direction", e.yamlPath());
    }

    @Test
    void protocolSpecs() {
        Scenario s = Yaml.load("version: 1", "name: p", "networks: [{name: v, firewall: "
                + "[{name: f, allow: [tcp, 'udp:53', tcp:0-65535, icmp, all]}]}]");
        assertEquals(List.of(ProtocolPorts.of("tcp"), ProtocolPorts.of("udp:53"), ProtocolPorts.of("tcp:0-65535"),
                ProtocolPorts.of("icmp"), ProtocolPorts.ALL), s.networks().get(0).firewall().get(0).rules());
        assertEquals("'icmp:8' is not a protocol/port spec (tcp, tcp:5432, tcp:8000-8080, udp:53, icmp, all)",
                Yaml.fail("version: 1", "name: p", "networks: [{name: v, firewall: [{name: f, allow: [icmp:8]}]}]")
                        .problem());
        assertEquals("must list at least one protocol/port spec (tcp, tcp:5432, tcp:8000-8080, udp:53, icmp, all)",
                Yaml.fail("version: 1", "name: p", "networks: [{name: v, firewall: [{name: f, deny: []}]}]")
                        .problem());
    }

    @Test
    void intentProtocolIsAFlowProtocol() {
        ScenarioInputException e = Yaml.fail("version: 1", "name: i",
                "workloads: [{name: w, type: cloud-run-service, region: r}]",
                "intents: [{name: i, from: w, to: 8.8.8.8, protocol: all, expect: reachable}]");
        assertEquals("'all' is not one of tcp, udp, icmp", e.problem());
    }
}
