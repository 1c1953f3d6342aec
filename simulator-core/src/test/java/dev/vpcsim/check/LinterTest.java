package dev.vpcsim.check;

import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.ingress;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static dev.vpcsim.check.Fixtures.throughput;
import static dev.vpcsim.check.Fixtures.traffic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinterTest {
    /** The catalogue table of cli.md, copied by hand. */
    private static final List<String> CLI_CATALOGUE = List.of("subnet-overlap", "peering-overlap",
            "subnet-range-invalid", "connector-range-size", "connector-range-overlap", "connector-subnet-in-use",
            "connector-instances-invalid", "connector-machine-type", "connector-region-mismatch",
            "connector-not-ready", "connector-serverless-traffic-blocked", "direct-vpc-unsupported",
            "direct-vpc-and-connector", "direct-vpc-subnet-too-small", "direct-vpc-subnet-region", "intent-failed",
            "direct-vpc-ip-headroom", "direct-vpc-ingress-by-tag", "all-traffic-without-nat",
            "no-ingress-from-connector", "broad-connector-rule", "shadowed-firewall-rule", "connector-undersized",
            "connector-idle-cost");

    @Test
    void theCatalogueIsCliMdsTable() {
        assertEquals(new TreeSet<>(CLI_CATALOGUE), new TreeSet<>(Linter.catalogueIds()));
        assertEquals(CLI_CATALOGUE.size(), Linter.catalogueIds().size());
    }

    @Test
    void everyIdBelongsToOneCheck() {
        Set<String> seen = new HashSet<>();
        for (Check c : Linter.all()) {
            for (String id : c.ids()) {
                assertTrue(seen.add(id), "two checks claim " + id);
            }
        }
        assertEquals(CLI_CATALOGUE.size() - 1, seen.size());
    }

    @Test
    void docsListEveryId() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "checks.md"));
        for (String id : Linter.catalogueIds()) {
            assertTrue(docs.contains("`" + id + "`"), "docs/checks.md lacks " + id);
        }
    }

    /** A design with a bit of everything wrong. */
    static Design kitchenSink() {
        return Fixtures.design()
                .network(network("vpc").subnet("app", "10.0.0.0/24").subnet("db", "10.0.0.128/25")
                        .subnet("run-direct", "10.0.1.0/27")
                        .rule(ingress("deny-all").priority(50).deny("all"))
                        .rule(ingress("allow-web").allow("tcp:80"))
                        .rule(ingress("from-conn").priority(40).allow("all").from("10.8.0.0/28")).build())
                .connector(connector("conn").instances(1, 10).state(ConnectorState.CREATING).build())
                .connector(connector("other").range("10.8.0.0/27").region("us-central1").machineType("n2").build())
                .workload(service("svc").connector("conn").allTraffic().build())
                .workload(service("far").connector("other").build())
                .workload(service("run").directVpc("vpc", "run-direct").tags("run").build())
                .traffic(traffic(throughput("svc", 2000)))
                .build();
    }

    @Test
    void findingsComeSortedAndRepeatable() {
        List<Finding> first = Linter.run(kitchenSink());
        List<Finding> second = Linter.run(kitchenSink());
        assertEquals(first, second);
        List<Finding> sorted = new ArrayList<>(first);
        sorted.sort(Finding.ORDER);
        assertEquals(sorted, first);
        assertEquals(Severity.ERROR, first.get(0).severity());
        assertEquals(Severity.INFO, first.get(first.size() - 1).severity());
        Set<String> ids = new TreeSet<>();
        first.forEach(f -> ids.add(f.id()));
        assertTrue(ids.size() >= 12, "the kitchen sink should raise many ids: " + ids);
    }
}
