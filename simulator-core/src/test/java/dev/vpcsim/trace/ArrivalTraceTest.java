package dev.vpcsim.trace;

import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.trace.Expect.delivered;
import static dev.vpcsim.trace.Expect.dropped;
import static dev.vpcsim.trace.Expect.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arriving: semantics.md section 5. */
class ArrivalTraceTest {

    @Test
    void anAddressNoResourceHoldsIsUnknown() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "10.0.0.77"));
        dropped(t, DropCause.UNKNOWN_INTERNAL_ADDRESS, "routes/subnet-10.0.0.0/24");
    }

    @Test
    void aDestinationIsANameBeforeItIsAnAddress() {
        // an endpoint named like an address: the name wins (cli.md, Flow), so the trace goes to 10.0.0.8
        Fixture f = Fixture.basic().vm("10.0.0.77", "my-vpc", "10.0.0.8", List.of());
        Trace t = f.engine().trace(tcp("my-service", "10.0.0.77"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/10.0.0.77");
        assertEquals("10.0.0.8", t.flow().destinationIp());
        Trace other = f.engine().trace(tcp("my-service", "10.0.0.78"));
        dropped(other, DropCause.UNKNOWN_INTERNAL_ADDRESS, "routes/subnet-10.0.0.0/24");
    }

    @Test
    void aStoppedVmIsNotRunningBeforeItsFirewallIsChecked() {
        Fixture f = Fixture.basic().endpointFlags("db-vm", Endpoint.State.STOPPED, false, null);
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").targetTags("db").priority(10).build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        dropped(t, DropCause.INSTANCE_NOT_RUNNING, "endpoints/db-vm");
        assertEquals(StepState.ARRIVE_AT_INSTANCE, t.decidingStep().state());
    }

    @Test
    void aPortNothingListensOnIsClosedAfterTheFirewall() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "db-vm", 5433));
        dropped(t, DropCause.DESTINATION_PORT_CLOSED, "endpoints/db-vm");
        assertTrue(t.symptom().contains("refused"), t.symptom());
        assertTrue(t.fix().contains("tcp:5432"), t.fix());
    }

    @Test
    void memorystoreUsesTheConnectivityTestsCauseAndDelivers() {
        Fixture f = Fixture.basic().endpoint("cache", EndpointType.MEMORYSTORE_REDIS, "my-vpc", "10.20.1.4", "tcp:6379");
        TraceEngine e = f.engine();
        dropped(e.trace(tcp("my-service", "cache", 6380)), DropCause.REDIS_INSTANCE_UNSUPPORTED_PORT, "endpoints/cache");
        delivered(e.trace(tcp("my-service", "cache")), DeliverTarget.REDIS_INSTANCE, "endpoints/cache");
    }

    @Test
    void anInternalLoadBalancerIsAnInstanceTarget() {
        Fixture f = Fixture.basic().endpoint("ilb", EndpointType.INTERNAL_LB, "my-vpc", "10.0.0.9", "tcp:443");
        delivered(f.engine().trace(tcp("my-service", "ilb")), DeliverTarget.INSTANCE, "endpoints/ilb");
    }

    @Test
    void anEndpointWithoutPortsListensOnEverything() {
        Fixture f = Fixture.basic().vm("any", "my-vpc", "10.0.0.8", List.of());
        Trace t = f.engine().trace(tcp("my-service", "any"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/any");
        assertEquals(80, t.flow().port());
    }

    @Test
    void anAllowListRejectsGooglesPoolUnlessItAllowsEverything() {
        Fixture f = Fixture.basic().internet("partner", "203.0.113.10", List.of("198.51.100.0/24"), "tcp:443");
        Trace t = f.engine().trace(tcp("my-service", "partner"));
        dropped(t, DropCause.DESTINATION_REJECTS_SOURCE, "endpoints/partner");
        assertTrue(t.fix().contains("all-traffic"), t.fix());
        Fixture open = Fixture.basic().internet("partner", "203.0.113.10", List.of("0.0.0.0/0"), "tcp:443");
        delivered(open.engine().trace(tcp("my-service", "partner")), DeliverTarget.INTERNET, "endpoints/partner");
    }

    @Test
    void anInternetEndpointChecksItsPorts() {
        Fixture f = Fixture.basic().internet("partner", "203.0.113.10", List.of("0.0.0.0/0"), "tcp:443");
        dropped(f.engine().trace(tcp("my-service", "partner", 80)), DropCause.DESTINATION_PORT_CLOSED,
                "endpoints/partner");
    }

    @Test
    void aGoogleApiEndpointIsDeliveredToGoogleApis() {
        Fixture f = Fixture.basic().endpoint("apis", EndpointType.GOOGLE_API, null, "199.36.153.8", "tcp:443");
        f.noAccess("plain", WorkloadType.CLOUD_RUN_SERVICE);
        delivered(f.engine().trace(tcp("plain", "apis")), DeliverTarget.GOOGLE_API, "endpoints/apis");
        // private-ranges-only sends 199.36.153.8/30 into the VPC: default route, Private Google Access
        Trace t = f.engine().trace(tcp("my-service", "apis"));
        delivered(t, DeliverTarget.GOOGLE_API, "endpoints/apis");
        assertTrue(t.steps().stream().anyMatch(s -> s.resource().equals("routes/default-internet-gateway")));
        assertTrue(Expect.assumes(t, Assumption.CONNECTOR_RANGE_PRIVATE_GOOGLE_ACCESS));
    }

    @Test
    void googleApisNeedPrivateGoogleAccessOnTheSourceSubnet() {
        Fixture f = Fixture.basic();
        f.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of(), null);
        Trace t = f.engine().trace(tcp("svc", "199.36.153.4", 443));
        dropped(t, DropCause.PRIVATE_GOOGLE_ACCESS_DISALLOWED, "routes/default-internet-gateway");
        assertTrue(t.fix().contains("privateGoogleAccess on subnet app"), t.fix());
        Fixture g = Fixture.basic();
        g.net("my-vpc").subnet(new dev.vpcsim.model.Subnet("run", "europe-west1",
                dev.vpcsim.model.Cidr.of("10.7.0.0/24"), java.util.Map.of(), true,
                dev.vpcsim.model.Subnet.Purpose.PRIVATE));
        g.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "run", List.of(), null)
                .egress("svc", VpcEgress.ALL_TRAFFIC);
        delivered(g.engine().trace(tcp("svc", "199.36.153.4", 443)), DeliverTarget.GOOGLE_API,
                "routes/default-internet-gateway");
    }
}
