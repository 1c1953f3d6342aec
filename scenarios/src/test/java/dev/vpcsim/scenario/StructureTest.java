package dev.vpcsim.scenario;

import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** YAML structure: aliases, JSON, documents, tags, and errors the model reports by path. */
class StructureTest {

    @Test
    void aliasesShareTheAnchoredValue() {
        Scenario s = Yaml.load("version: 1", "name: a",
                "networks:",
                "  - name: vpc",
                "    firewall:",
                "      - {name: r1, allow: &web [tcp:80, tcp:443], targetTags: &tags [web]}",
                "      - {name: r2, deny: *web, targetTags: *tags, priority: &p 900}",
                "    routes: [{name: r, destRange: 10.0.0.0/8, nextHopIp: 10.1.1.1, priority: *p}]");
        var rules = s.networks().get(0).firewall();
        assertEquals(List.of(ProtocolPorts.of("tcp:80"), ProtocolPorts.of("tcp:443")), rules.get(1).rules());
        assertEquals(List.of("web"), rules.get(1).targetTags());
        assertEquals(900, rules.get(1).priority());
        assertEquals(900, s.networks().get(0).routes().get(0).priority(), "anchors on scalars work too");
    }

    @Test
    void anAliasErrorPointsAtTheAnchoredValue() {
        ScenarioInputException e = Yaml.fail("version: 1", "name: a",
                "networks:",
                "  - {name: v1, firewall: [{name: f, allow: &bad [tcp:70000]}]}",
                "  - {name: v2, firewall: [{name: f, allow: *bad}]}");
        assertEquals(4, e.line());
        // "  - {name: v1, firewall: [{name: f, allow: &bad [" is 49 columns
        assertEquals(50, e.column(), "the value inside the anchored list");
        assertEquals("networks[0].firewall[0].allow[0]", e.yamlPath());
    }

    @Test
    void jsonLoadsEvenWithTabs() {
        Scenario s = Yaml.load("{", "\t\"version\": 1,", "\t\"name\": \"with\\ttab\",",
                "\t\"networks\": [", "\t\t{\"name\": \"vpc\", \"autoCreateDefaultRoute\": false}", "\t]", "}");
        assertEquals("with\ttab", s.name());
        assertEquals(false, s.networks().get(0).autoCreateDefaultRoute());
    }

    @Test
    void tabsInsideJsonStringsAreKept() {
        Scenario s = Yaml.load("{\"version\": 1, \"name\": 'a\tb', \"description\": \"c\td\"}");
        assertEquals("a\tb", s.name());
        assertEquals("c\td", s.description());
    }

    @Test
    void aSecondDocumentIsRefused() {
        ScenarioInputException e = Yaml.fail("version: 1", "name: a", "---", "version: 1", "name: b");
        assertEquals("test.yaml:4:1: (document): a second YAML document starts here; a scenario file holds exactly one",
                e.getMessage());
    }

    @Test
    void aliasesMustNameAnEarlierAnchor() {
        assertEquals("test.yaml:2:7: name: alias *later names no anchor defined before it",
                Yaml.fail("version: 1", "name: *later", "description: &later x").getMessage());
        // "networks: &n [[1, 2], [" is 23 columns
        assertEquals("test.yaml:3:24: networks[1][0]: alias *n refers to the node that contains it (recursive alias)",
                Yaml.fail("version: 1", "name: a", "networks: &n [[1, 2], [*n]]").getMessage());
    }

    @Test
    void tagsOtherThanStrAreRefused() {
        assertEquals("the YAML tag 'tag:yaml.org,2002:binary' is not supported (only !!str is)",
                Yaml.fail("version: 1", "name: !!binary aGk=").problem());
        assertEquals("x1", Yaml.load("version: 1", "name: !!str x1").name());
    }

    @Test
    void modelErrorsWithoutAValueNodePointAtTheObject() {
        ScenarioInputException e = Yaml.fail("version: 1", "name: m",
                "endpoints:",
                "  - name: db",
                "    type: cloud-sql",
                "    ip: 10.20.0.5");
        assertEquals("test.yaml:4:5: endpoints[0]: missing required key 'network' (an endpoint of type cloud-sql lives"
                + " in a network)", e.getMessage());
    }

    @Test
    void theDisplayNameIsUsedAsGiven() {
        ScenarioInputException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("dir/My Scenario.yaml", "version: 1\nname: [x]\n", java.nio.file.Path.of(".")));
        assertEquals("dir/My Scenario.yaml", e.file());
        assertEquals("dir/My Scenario.yaml:2:7: name: expected a string, got a list", e.getMessage());
        var loaded = ScenarioLoader.load("dir/ok.yaml", "version: 1\nname: ok\n", java.nio.file.Path.of("."));
        assertEquals(java.nio.file.Path.of("dir/ok.yaml"), loaded.file());
        assertSame(loaded.design().scenario(), loaded.design().scenario());
    }
}
