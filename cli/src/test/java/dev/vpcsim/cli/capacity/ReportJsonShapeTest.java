package dev.vpcsim.cli.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report serialises, with a plain ObjectMapper, to the shape of cli.md's {@code simulate --format json}. */
class ReportJsonShapeTest {

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void fieldsOfCliMdComeFirstInTheirOrder() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(SampleRun.run().report());
        assertEquals(List.of("durationSeconds", "stepSeconds", "runs", "seed", "connectors", "subnets", "percentiles"),
                keys(json).subList(0, 7));
        assertEquals(List.of("name", "machineType", "peakDemandMbps", "peakInstances", "finalInstances",
                "capacityMbps", "saturatedSeconds", "undeliveredMegabits", "instanceHours", "costUsd", "monthlyCostUsd"),
                keys(json.get("connectors").get(0)).subList(0, 11));
        assertEquals(List.of("network", "name", "prefixLength", "usableIps", "peakReservedIps", "failedInstanceStarts",
                "exhaustedSeconds", "recommendedPrefixLength"), keys(json.get("subnets").get(0)).subList(0, 8));
        assertEquals(List.of("p50", "p95", "p99"), keys(json.get("percentiles")));
        assertEquals(86_400, json.get("durationSeconds").asLong());
        assertEquals("my-connector", json.get("connectors").get(0).get("name").asText());
        // 450 Mbps diurnal peak + 800 Mbps spike on e2-micro: 10 instances, saturated during the spike
        assertEquals(10, json.get("connectors").get(0).get("finalInstances").asInt());
        assertEquals(23, json.get("subnets").get(0).get("recommendedPrefixLength").asInt());
        assertTrue(json.get("assumptions").isArray());
    }
}
