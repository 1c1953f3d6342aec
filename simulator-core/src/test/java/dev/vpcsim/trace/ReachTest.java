package dev.vpcsim.trace;

import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReachTest {

    private static Design design() {
        Fixture f = Fixture.basic().noAccess("a-plain", WorkloadType.CLOUD_RUN_SERVICE);
        f.vm("web", "my-vpc", "10.0.0.6", List.of(), "tcp:80", "tcp:8000-8080", "icmp");
        return f.build();
    }

    @Test
    void everyWorkloadAgainstEveryEndpointAndListedPortInNameOrder() {
        Design d = design();
        List<ReachRow> rows = Reach.rows(d, new TraceEngine(d));
        // workloads a-plain, my-service; endpoints db-vm (1 port), orders-db (1), web (3)
        assertEquals(10, rows.size());
        assertEquals(new ReachRow("a-plain", "db-vm", 5432, "tcp", Result.UNREACHABLE,
                Optional.of(DropCause.VPC_CONNECTOR_NOT_SET)), rows.get(0));
        assertEquals(List.of("db-vm", "orders-db", "web", "web", "web"),
                rows.subList(5, 10).stream().map(ReachRow::to).toList());
        assertEquals(List.of(80, 8000, 0), rows.subList(7, 10).stream().map(ReachRow::port).toList());
        assertEquals(List.of("tcp", "tcp", "icmp"), rows.subList(7, 10).stream().map(ReachRow::protocol).toList());
        rows.subList(5, 10).forEach(r -> assertEquals(Result.REACHABLE, r.result(), r.toString()));
    }

    @Test
    void theExecutorGivesTheSameRowsInTheSameOrder() {
        Design d = design();
        List<ReachRow> single = Reach.rows(d, new TraceEngine(d));
        try (LocalExecutor ex = new LocalExecutor(2)) {
            assertEquals(single, Reach.rows(d, ex));
        }
        assertEquals(2, Reach.units(d, 8).size(), "at most one unit per workload");
    }

    @Test
    void probesOfAnEndpoint() {
        Fixture f = Fixture.design();
        f.net("n").subnet("s", "europe-west1", "10.0.0.0/24");
        f.vm("none", "n", "10.0.0.2", List.of());
        f.vm("mixed", "n", "10.0.0.3", List.of(), "udp", "all", "tcp:443", "tcp:443", "udp:53-54");
        Design d = f.build();
        assertEquals(List.of(new Reach.Probe(Protocol.TCP, 80)), Reach.probes(d.endpoint("none").orElseThrow()));
        assertEquals(List.of(new Reach.Probe(Protocol.UDP, 80), new Reach.Probe(Protocol.TCP, 80),
                new Reach.Probe(Protocol.TCP, 443), new Reach.Probe(Protocol.UDP, 53)),
                Reach.probes(d.endpoint("mixed").orElseThrow()));
    }
}
