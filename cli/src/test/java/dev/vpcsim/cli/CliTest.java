package dev.vpcsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract: exit codes, one-line errors, help and version, JSON shapes (cli.md). */
class CliTest {
    private static final String LIB = "../scenarios/library/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void versionAndHelpOnEveryCommand() {
        CliRunner.Run v = CliRunner.run("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("vpcsim "), v.out());
        for (String cmd : new String[] {"check", "trace", "reach", "simulate"}) {
            CliRunner.Run h = CliRunner.run(cmd, "--help");
            assertEquals(0, h.exitCode(), cmd);
            assertTrue(h.out().contains("Usage: vpcsim " + cmd), h.out());
        }
        assertTrue(CliRunner.run("--help").out().contains("Exit codes"));
    }

    @Test
    void aMissingFileIsAnInputErrorOnOneLine() {
        CliRunner.Run r = CliRunner.run("check", "no-such-file.yaml");
        assertEquals(2, r.exitCode());
        assertEquals("no-such-file.yaml: no such file", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aBadScenarioNamesFileLineAndColumnWithoutStackTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "version: 1\nname: x\nnetworks:\n  - name: n\n    subnets:\n      - name: s\n"
                + "        region: europe-west1\n        range: 10.0.0.300/24\n");
        CliRunner.Run r = CliRunner.run("check", f.toString());
        assertEquals(2, r.exitCode());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith(f + ":8:16: networks[0].subnets[0].range: "), line);
        assertTrue(line.contains("10.0.0.300/24"), line);
        assertFalse(line.contains("Exception"), line);
    }

    @Test
    void debugShowsTheStackTrace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "version: 1\nname: x\nbogus: 1\n");
        CliRunner.Run r = CliRunner.run("check", f.toString(), "--debug");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("ScenarioInputException"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, CliRunner.run("check").exitCode());
        assertEquals(2, CliRunner.run("frobnicate").exitCode());
        assertEquals(2, CliRunner.run("check", LIB + "01-run-to-cloud-sql.yaml", "--format", "xml").exitCode());
        CliRunner.Run t = CliRunner.run("trace", LIB + "01-run-to-cloud-sql.yaml", "--from", "nobody", "--to", "10.0.0.1");
        assertEquals(2, t.exitCode());
        assertTrue(t.err().contains("--from 'nobody'"), t.err());
        assertEquals(2, CliRunner.run("trace", LIB + "01-run-to-cloud-sql.yaml", "--from", "x", "--to", "y",
                "--protocol", "sctp").exitCode());
        assertEquals(2, CliRunner.run("simulate", LIB + "08-capacity-connector-and-direct-vpc.yaml",
                "--duration", "forever").exitCode());
        assertEquals(2, CliRunner.run("simulate", LIB + "08-capacity-connector-and-direct-vpc.yaml",
                "--runs", "0").exitCode());
    }

    @Test
    void anUnwritableOutputDirectoryIsAnInputError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        CliRunner.Run r = CliRunner.run("simulate", LIB + "05-direct-vpc-egress.yaml", "--out", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals("vpcsim simulate: --out " + file + " exists and is not a directory", r.err().strip());
        assertEquals("", r.out(), "nothing is printed when the files cannot be written");
    }

    @Test
    void checkExitsOneOnErrorsAndZeroOnACleanDesign() {
        assertEquals(0, CliRunner.run("check", LIB + "01-run-to-cloud-sql.yaml").exitCode());
        assertEquals(1, CliRunner.run("check", LIB + "10-missing-ingress-rule.yaml").exitCode());
    }

    @Test
    void checkJsonHasTheContractShape() throws Exception {
        CliRunner.Run r = CliRunner.run("check", LIB + "10-missing-ingress-rule.yaml", "--format", "json");
        JsonNode j = JSON.readTree(r.out());
        assertEquals("missing-ingress-rule", j.get("scenario").asText());
        JsonNode f = j.get("findings").get(0);
        for (String k : new String[] {"id", "severity", "resource", "message", "fix"}) {
            assertTrue(f.has(k), k);
        }
        JsonNode i = j.get("intents").get(1);
        assertEquals("reachable", i.get("expect").asText());
        assertEquals("UNREACHABLE", i.get("result").asText());
        assertFalse(i.get("passed").asBoolean());
        assertEquals("FIREWALL_RULE", i.get("trace").get("dropCause").asText());
        JsonNode s = j.get("summary");
        assertEquals(1, s.get("errors").asInt());
        assertEquals(2, s.get("intentsPassed").asInt());
        assertEquals(1, s.get("intentsFailed").asInt());
    }

    @Test
    void traceExitCodeFollowsTheResult() throws Exception {
        String f = LIB + "10-missing-ingress-rule.yaml";
        assertEquals(0, CliRunner.run("trace", f, "--from", "storefront", "--to", "orders-db").exitCode());
        CliRunner.Run r = CliRunner.run("trace", f, "--from", "storefront", "--to", "10.10.0.10:8080", "--format", "json");
        assertEquals(1, r.exitCode());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("DROP", j.get("finalState").asText());
        assertEquals(8080, j.get("flow").get("port").asInt());
        assertEquals("firewall/deny-all-ingress", j.get("steps").get(j.get("steps").size() - 2).get("resource").asText());
        assertTrue(j.get("abortCause").isNull());
    }

    @Test
    void reachJsonRows() throws Exception {
        CliRunner.Run r = CliRunner.run("reach", LIB + "03-run-to-internal-vm-and-ilb.yaml", "--format", "json",
                "--threads", "2");
        assertEquals(0, r.exitCode());
        JsonNode rows = JSON.readTree(r.out()).get("rows");
        assertEquals(3, rows.size());
        for (JsonNode row : rows) {
            for (String k : new String[] {"from", "to", "port", "protocol", "result", "dropCause"}) {
                assertTrue(row.has(k), k);
            }
        }
    }

    @Test
    void simulateIsDeterministicWhateverTheThreads(@TempDir Path dir) throws Exception {
        String f = LIB + "08-capacity-connector-and-direct-vpc.yaml";
        CliRunner.Run one = CliRunner.run("simulate", f, "--duration", "2h", "--runs", "8", "--seed", "7",
                "--threads", "1", "--format", "json");
        CliRunner.Run two = CliRunner.run("simulate", f, "--duration", "2h", "--runs", "8", "--seed", "7",
                "--threads", "2", "--format", "json", "--out", dir.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(one.out(), two.out());
        JsonNode j = JSON.readTree(one.out());
        assertEquals(7200, j.get("durationSeconds").asInt());
        assertEquals(8, j.get("runs").asInt());
        assertTrue(j.get("percentiles").has("p99"));
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".svg")));
        }
    }
}
