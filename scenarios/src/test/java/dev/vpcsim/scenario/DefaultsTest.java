package dev.vpcsim.scenario;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Intent;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Scenario;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.traffic.Traffic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every default that scenario-format.md states is applied when the key is left out. */
class DefaultsTest {
    private static final Scenario S = Yaml.load(
            "version: 1",
            "name: defaults",
            "networks:",
            "  - name: vpc",
            "    subnets: [{name: app, region: europe-west1, range: 10.0.0.0/24}]",
            "    routes: [{name: r, destRange: 10.9.0.0/16, nextHopIp: 10.0.0.9}]",
            "    firewall: [{name: f, allow: [tcp]}]",
            "    nats: [{name: n, router: r, region: europe-west1}]",
            "connectors:",
            "  - {name: c, region: europe-west1, network: vpc, range: 10.8.0.0/28}",
            "workloads:",
            "  - {name: svc, type: cloud-run-service, region: europe-west1, vpcConnector: c}",
            "  - {name: fn1, type: cloud-function, generation: 1, region: europe-west1, scaling: {maxInstances: 5}}",
            "  - {name: fn, type: cloud-function, region: europe-west1}",
            "endpoints:",
            "  - {name: db, type: vm, network: vpc, ip: 10.0.0.5}",
            "intents:",
            "  - {name: i, from: svc, to: db, expect: reachable}",
            "traffic:",
            "  profiles: [{workload: svc, instances: {shape: constant, value: 3}}]",
            "  jobs: []");

    @Test
    void scenarioAndNetwork() {
        assertEquals("", S.description());
        assertFalse(S.settings().privateRangesOnlyIncludesRfc6598());
        Network n = S.networks().get(0);
        assertTrue(n.autoCreateDefaultRoute());
        Subnet app = n.subnets().get(0);
        assertFalse(app.privateGoogleAccess());
        assertTrue(app.secondaryRanges().isEmpty());
        Route r = n.routes().get(0);
        assertEquals(1000, r.priority());
        assertEquals(List.of(), r.tags());
    }

    @Test
    void firewallRule() {
        FirewallRule f = S.networks().get(0).firewall().get(0);
        assertEquals(FirewallRule.Direction.INGRESS, f.direction());
        assertEquals(1000, f.priority());
        assertFalse(f.disabled());
        assertTrue(f.sourceRanges().isEmpty() && f.targetTags().isEmpty() && f.targetServiceAccounts().isEmpty());
    }

    @Test
    void natDefaultsToAllSubnetsAutoAddressesAnd64Ports() {
        Nat nat = S.networks().get(0).nats().get(0);
        assertTrue(nat.allSubnetworks());
        assertTrue(nat.autoIps());
        assertEquals(64, nat.minPortsPerVm());
    }

    @Test
    void connector() {
        Connector c = S.connectors().get(0);
        assertEquals("e2-micro", c.machineType());
        assertEquals(2, c.minInstances());
        assertEquals(10, c.maxInstances());
        assertEquals(60, c.scaleOutDelaySeconds());
        assertEquals(ConnectorState.READY, c.state());
        assertTrue(c.managedFirewallRules());
        assertEquals(Optional.empty(), c.throughputPerInstanceMbps());
        assertEquals(Optional.empty(), c.pricePerHourUsd());
    }

    @Test
    void workloads() {
        Workload svc = S.workloads().get(0);
        assertEquals(2, svc.generation());
        assertEquals(VpcEgress.PRIVATE_RANGES_ONLY, svc.vpcEgress());
        assertEquals(new Scaling(0, 100, 80), svc.scaling());
        assertEquals(Optional.empty(), svc.serviceAccount());
        assertEquals(new Scaling(0, 5, 1), S.workloads().get(1).scaling(), "1st gen: concurrency 1");
        assertEquals(2, S.workloads().get(2).generation());
        assertEquals(new Scaling(0, 100, 80), S.workloads().get(2).scaling());
    }

    @Test
    void endpointAndIntent() {
        Endpoint db = S.endpoints().get(0);
        assertEquals(Endpoint.State.RUNNING, db.state());
        assertFalse(db.ipForwarding());
        assertTrue(db.ports().isEmpty(), "omitted ports: anything listens");
        assertEquals(Optional.empty(), db.allowedSources());
        Intent i = S.intents().get(0);
        assertEquals(Protocol.TCP, i.protocol());
        assertEquals(Optional.empty(), i.port());
    }

    @Test
    void traffic() {
        Traffic t = S.traffic().orElseThrow();
        assertEquals(86_400, t.durationSeconds());
        assertEquals(1, t.stepSeconds());
        assertEquals(0.2, t.profiles().get(0).requestSeconds());
        assertEquals(0.0, t.profiles().get(0).instances().orElseThrow().noiseCv());
    }

    @Test
    void jobTasksAndParallelism() {
        Scenario s = Yaml.load("version: 1", "name: j",
                "workloads: [{name: job, type: cloud-run-job, region: europe-west1}]",
                "traffic:",
                "  jobs: [{workload: job, at: 0, taskDuration: 1m}, {workload: job, at: 1h, tasks: 7, taskDuration: 60}]");
        var jobs = s.traffic().orElseThrow().jobs();
        assertEquals(1, jobs.get(0).tasks());
        assertEquals(1, jobs.get(0).parallelism());
        assertEquals(7, jobs.get(1).tasks());
        assertEquals(7, jobs.get(1).parallelism(), "parallelism defaults to tasks");
        assertEquals(60, jobs.get(1).taskDurationSeconds(), "a bare number is seconds");
    }

    @Test
    void emptyValuesMeanTheDefault() {
        Scenario s = Yaml.load("version: 1", "name: e", "description:", "networks:", "  - name: vpc",
                "    autoCreateDefaultRoute: ~", "    subnets:", "    firewall: null");
        assertEquals("", s.description());
        assertTrue(s.networks().get(0).autoCreateDefaultRoute());
        assertTrue(s.networks().get(0).subnets().isEmpty());
        assertTrue(s.traffic().isEmpty());
    }
}
