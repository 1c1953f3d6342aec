package dev.vpcsim.trace;

import dev.vpcsim.model.VpcEgress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.trace.Expect.delivered;
import static dev.vpcsim.trace.Expect.dropped;
import static dev.vpcsim.trace.Expect.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The internet gateway and Cloud NAT (semantics.md section 4) with all-traffic egress. */
class NatTraceTest {

    private static Fixture allTraffic() {
        return Fixture.basic().egress("my-service", VpcEgress.ALL_TRAFFIC);
    }

    @Test
    void withoutNatThereIsNoExternalAddress() {
        Trace t = allTraffic().engine().trace(tcp("my-service", "8.8.8.8", 443));
        dropped(t, DropCause.NO_EXTERNAL_ADDRESS, "routes/default-internet-gateway");
        assertTrue(t.fix().contains("sourceSubnetworks: all"), t.fix());
    }

    @Test
    void natForAllSubnetworksCoversTheHiddenConnectorSubnetByAssumption() {
        Fixture f = allTraffic();
        f.net("my-vpc").nat("nat-eu", "europe-west1", List.of("all"), List.of("auto"));
        Trace t = f.engine().trace(tcp("my-service", "8.8.8.8", 443));
        delivered(t, DeliverTarget.INTERNET, "nats/nat-eu");
        Step nat = t.decidingStep();
        assertEquals(StepState.NAT, nat.state());
        assertEquals("-", nat.sourceIp(), "natIps: auto is not a fixed address");
        assertTrue(Expect.assumes(t, Assumption.NAT_HIDDEN_CONNECTOR_SUBNET));
    }

    @Test
    void aNatListNeverCoversTheHiddenConnectorSubnet() {
        Fixture f = allTraffic();
        f.net("my-vpc").nat("nat-eu", "europe-west1", List.of("app"), List.of("203.0.113.7"));
        Trace t = f.engine().trace(tcp("my-service", "8.8.8.8", 443));
        dropped(t, DropCause.NO_EXTERNAL_ADDRESS, "routes/default-internet-gateway");
        assertTrue(t.fix().contains("nat-eu") && t.fix().contains("hidden subnet"), t.fix());
    }

    @Test
    void aNatListCoversAConnectorGivenBySubnet() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").subnet("conn-sub", "europe-west1", "10.9.0.0/28")
                .nat("nat-eu", "europe-west1", List.of("conn-sub"), List.of("203.0.113.7"));
        f.connectorOnSubnet("my-connector", "europe-west1", "my-vpc", "conn-sub").egress("my-service", VpcEgress.ALL_TRAFFIC);
        Trace t = f.engine().trace(tcp("my-service", "8.8.8.8", 443));
        delivered(t, DeliverTarget.INTERNET, "nats/nat-eu");
        assertEquals("10.9.0.2", t.flow().sourceIp());
        assertEquals("203.0.113.7", t.decidingStep().sourceIp(), "NAT changes the source");
        assertEquals("203.0.113.7", t.steps().get(t.steps().size() - 1).sourceIp());
    }

    @Test
    void aNatInAnotherRegionDoesNotCover() {
        Fixture f = allTraffic();
        f.net("my-vpc").nat("nat-us", "us-central1", List.of("all"), List.of("auto"));
        dropped(f.engine().trace(tcp("my-service", "8.8.8.8", 443)), DropCause.NO_EXTERNAL_ADDRESS,
                "routes/default-internet-gateway");
    }

    @Test
    void manualNatWithoutAddresses() {
        Fixture f = allTraffic();
        f.net("my-vpc").nat("nat-eu", "europe-west1", List.of("all"), List.of());
        dropped(f.engine().trace(tcp("my-service", "8.8.8.8", 443)), DropCause.CLOUD_NAT_NO_ADDRESSES, "nats/nat-eu");
    }

    @Test
    void aManualNatAddressMeetsAnAllowList() {
        Fixture f = allTraffic().internet("partner", "203.0.113.10", List.of("203.0.113.7/32"), "tcp:443");
        f.net("my-vpc").nat("nat-eu", "europe-west1", List.of("all"), List.of("203.0.113.7", "203.0.113.8"));
        delivered(f.engine().trace(tcp("my-service", "partner")), DeliverTarget.INTERNET, "endpoints/partner");
        Fixture other = allTraffic().internet("partner", "203.0.113.10", List.of("198.51.100.0/24"), "tcp:443");
        other.net("my-vpc").nat("nat-eu", "europe-west1", List.of("all"), List.of("203.0.113.7"));
        Trace t = other.engine().trace(tcp("my-service", "partner"));
        dropped(t, DropCause.DESTINATION_REJECTS_SOURCE, "endpoints/partner");
        assertTrue(t.fix().contains("203.0.113.7"), t.fix());
    }

    @Test
    void anAutoNatAddressMatchesOnlyAnAllowListOfEverything() {
        Fixture f = allTraffic().internet("partner", "203.0.113.10", List.of("203.0.113.7/32"), "tcp:443");
        f.net("my-vpc").nat("nat-eu", "europe-west1", List.of("all"), List.of("auto"));
        Trace t = f.engine().trace(tcp("my-service", "partner"));
        dropped(t, DropCause.DESTINATION_REJECTS_SOURCE, "endpoints/partner");
        assertTrue(t.fix().contains("natIps"), t.fix());
    }
}
