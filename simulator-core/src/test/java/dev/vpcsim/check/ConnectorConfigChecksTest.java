package dev.vpcsim.check;

import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.OTHER_REGION;
import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.design;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static dev.vpcsim.check.Fixtures.vm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** connector-range-size, connector-subnet-in-use, connector-instances-invalid, connector-machine-type, region, state. */
class ConnectorConfigChecksTest {

    private static Design with(ConnectorFixture c) {
        return design().network(network("vpc").subnet("app", "10.0.0.0/24").build()).connector(c.build())
                .workload(service("svc").connector("conn").build()).build();
    }

    @Test
    void aSlash27ConnectorRangeIsTheWrongSize() {
        List<Finding> f = findings(with(connector("conn").range("10.8.0.0/27")), ConnectorRangeSizeCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("a /27"));
        // the connector's own /27 occupies 10.8.0.0-10.8.0.31: the first free /28 is 10.8.0.32/28
        assertTrue(f.get(0).fix().contains("such as 10.8.0.32/28"), f.get(0).fix());
        assertEquals(0, findings(with(connector("conn").range("10.8.0.0/28")), ConnectorRangeSizeCheck.ID).size());
    }

    @Test
    void aConnectorSubnetMustBeASlash28() {
        Design d = design().network(network("vpc").subnet("conn-sn", "10.9.0.0/24").build())
                .connector(connector("conn").subnet("conn-sn").build()).build();
        List<Finding> f = findings(d, ConnectorRangeSizeCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("subnet conn-sn (10.9.0.0/24)"));
    }

    private static Design sharedSubnet(String vmIp) {
        return design().network(network("vpc").subnet("conn-sn", "10.9.0.0/28").build())
                .connector(connector("conn").subnet("conn-sn").build())
                .endpoint(vm("db", "vpc", vmIp)).build();
    }

    @Test
    void anEndpointInsideTheConnectorSubnetIsReported() {
        List<Finding> f = findings(sharedSubnet("10.9.0.5"), ConnectorSubnetInUseCheck.ID);
        assertEquals(1, f.size());
        assertEquals("connectors/conn", f.get(0).resource());
        assertTrue(f.get(0).message().contains("endpoint db (10.9.0.5)"));
        assertEquals(0, findings(sharedSubnet("10.9.0.20"), ConnectorSubnetInUseCheck.ID).size());
    }

    @Test
    void directVpcWorkloadsAndOtherConnectorsCount() {
        Design d = design().network(network("vpc").subnet("conn-sn", "10.9.0.0/28").build())
                .connector(connector("a").subnet("conn-sn").build())
                .connector(connector("b").subnet("conn-sn").build())
                .workload(service("run").directVpc("vpc", "conn-sn").build()).build();
        List<Finding> f = findings(d, ConnectorSubnetInUseCheck.ID);
        assertEquals(2, f.size());
        assertTrue(f.get(0).message().contains("Direct VPC workload run and connector b"), f.get(0).message());
    }

    @Test
    void instanceCounts() {
        assertEquals(0, findings(with(connector("conn").instances(2, 10)), ConnectorInstancesCheck.ID).size());
        assertEquals(0, findings(with(connector("conn").instances(9, 10)), ConnectorInstancesCheck.ID).size());
        List<Finding> low = findings(with(connector("conn").instances(1, 10)), ConnectorInstancesCheck.ID);
        assertEquals(1, low.size());
        assertTrue(low.get(0).message().contains("minInstances 1 is outside 2..9"));
        assertTrue(low.get(0).fix().startsWith("set minInstances 2 and maxInstances 10"));
        List<Finding> equal = findings(with(connector("conn").instances(5, 5)), ConnectorInstancesCheck.ID);
        assertTrue(equal.get(0).message().contains("minInstances 5 is not below maxInstances 5"));
        assertTrue(equal.get(0).fix().startsWith("set minInstances 5 and maxInstances 6"));
        List<Finding> high = findings(with(connector("conn").instances(2, 11)), ConnectorInstancesCheck.ID);
        assertTrue(high.get(0).message().contains("maxInstances 11 is outside 3..10"));
    }

    @Test
    void machineTypes() {
        List<Finding> f = findings(with(connector("conn").machineType("n1-standard-1")), ConnectorMachineTypeCheck.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("'n1-standard-1'"));
        assertEquals(0, findings(with(connector("conn").machineType("e2-standard-4")), ConnectorMachineTypeCheck.ID)
                .size());
    }

    @Test
    void aConnectorOfAnotherRegion() {
        List<Finding> f = findings(with(connector("conn").region(OTHER_REGION)), ConnectorRegionMismatchCheck.ID);
        assertEquals(1, f.size());
        assertEquals("workloads/svc", f.get(0).resource());
        assertTrue(f.get(0).message().contains("europe-west1") && f.get(0).message().contains("us-central1"));
        assertEquals(0, findings(with(connector("conn")), ConnectorRegionMismatchCheck.ID).size());
    }

    @Test
    void connectorStates() {
        List<Finding> error = findings(with(connector("conn").state(ConnectorState.ERROR)), ConnectorNotReadyCheck.ID);
        assertEquals(Severity.ERROR, error.get(0).severity());
        assertTrue(error.get(0).message().contains("VPC_CONNECTOR_NOT_RUNNING"));
        List<Finding> creating = findings(with(connector("conn").state(ConnectorState.CREATING)),
                ConnectorNotReadyCheck.ID);
        assertEquals(Severity.WARNING, creating.get(0).severity());
        List<Finding> updating = findings(with(connector("conn").state(ConnectorState.UPDATING)),
                ConnectorNotReadyCheck.ID);
        assertEquals(Severity.WARNING, updating.get(0).severity());
        assertTrue(updating.get(0).message().contains("ASSUMPTION"));
        assertEquals(0, findings(with(connector("conn").state(ConnectorState.READY)), ConnectorNotReadyCheck.ID).size());
    }
}
