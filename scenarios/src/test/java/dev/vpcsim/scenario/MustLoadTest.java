package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Designs that are wrong in ways a {@code check} finding reports must load as written (scenario-format.md, last
 * paragraph), so that check and trace can show what they would do.
 */
class MustLoadTest {

    @Test
    void connectorValuesThatCheckReports() {
        Scenario s = Yaml.load("version: 1", "name: m",
                "networks: [{name: vpc}]",
                "connectors:",
                "  - {name: wide, region: europe-west1, network: vpc, range: 10.8.0.0/27,"
                        + " machineType: n1-standard-1, minInstances: 0, maxInstances: 50}",
                "  - {name: inverted, region: europe-west1, network: vpc, range: 10.8.1.0/29,"
                        + " minInstances: 9, maxInstances: 3}",
                "  - {name: equal, region: us-east1, network: vpc, range: 10.8.0.0/28, minInstances: 5, maxInstances: 5}");
        var wide = s.connectors().get(0);
        assertEquals(Optional.of(Cidr.of("10.8.0.0/27")), wide.range(), "connector-range-size");
        assertEquals("n1-standard-1", wide.machineType(), "connector-machine-type");
        assertEquals(0, wide.minInstances(), "connector-instances-invalid");
        assertEquals(50, wide.maxInstances());
        assertEquals(9, s.connectors().get(1).minInstances());
        assertEquals(3, s.connectors().get(1).maxInstances());
        assertEquals(Optional.of(Cidr.of("10.8.0.0/28")), s.connectors().get(2).range(), "overlap loads too");
    }

    @Test
    void subnetRangesThatCheckReports() {
        Scenario s = Yaml.load("version: 1", "name: m",
                "networks:",
                "  - name: vpc",
                "    subnets:",
                "      - {name: host-bits, region: europe-west1, range: 10.0.0.5/24}",
                "      - {name: tiny, region: europe-west1, range: 10.1.0.0/30}",
                "      - {name: loopback, region: europe-west1, range: 127.0.0.0/24}",
                "      - {name: overlap, region: europe-west1, range: 10.0.0.0/16}",
                "      - {name: direct-small, region: europe-west1, range: 10.2.0.0/28}",
                "workloads:",
                "  - {name: svc, type: cloud-run-service, region: us-central1, network: vpc, subnet: direct-small}");
        var subnets = s.networks().get(0).subnets();
        assertTrue(subnets.get(0).range().hasHostBits());
        assertEquals("10.0.0.5/24", subnets.get(0).range().text());
        assertEquals(30, subnets.get(1).range().prefixLength());
        assertEquals("127.0.0.0/24", subnets.get(2).range().text());
        assertTrue(subnets.get(3).range().overlaps(subnets.get(0).range()));
        assertEquals(28, subnets.get(4).range().prefixLength(), "direct-vpc-subnet-too-small");
        assertEquals("us-central1", s.workloads().get(0).region(), "direct-vpc-subnet-region");
    }

    @Test
    void unsupportedCombinationsLoad() {
        Scenario s = Yaml.load("version: 1", "name: m",
                "networks: [{name: vpc, subnets: [{name: vpc, region: europe-west1, range: 10.0.0.0/24}]}]",
                "connectors: [{name: c, region: us-east1, network: vpc, range: 10.8.0.0/28, state: ERROR}]",
                "workloads:",
                "  - {name: both, type: cloud-run-service, region: europe-west1, vpcConnector: c, network: vpc}",
                "  - {name: gae, type: app-engine, region: europe-west1, network: vpc}",
                "  - {name: fn1, type: cloud-function, generation: 1, region: europe-west1, network: vpc}");
        assertTrue(s.workloads().get(0).vpcConnector().isPresent() && s.workloads().get(0).usesDirectVpc(),
                "direct-vpc-and-connector");
        assertTrue(s.workloads().get(1).usesDirectVpc(), "direct-vpc-unsupported");
        assertEquals(Optional.of("vpc"), s.workloads().get(2).directVpcSubnetName(), "lone network = same-name subnet");
    }
}
