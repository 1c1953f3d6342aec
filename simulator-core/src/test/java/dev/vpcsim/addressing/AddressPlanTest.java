package dev.vpcsim.addressing;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.trace.Fixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPlanTest {

    @Test
    void publicMeansOutsidePrivateAndDesignRanges() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").subnet("pupi", "europe-west1", "198.51.100.0/24");
        AddressPlan p = new AddressPlan(f.build());
        assertTrue(p.isPublic(Addresses.parse("203.0.113.5")), "documentation ranges count as public");
        assertFalse(p.isPublic(Addresses.parse("198.51.100.5")), "a range of the design is not public");
        assertFalse(p.isPublic(Addresses.parse("100.64.1.1")));
        assertFalse(p.isPublic(Addresses.parse("169.254.169.254")));
        assertFalse(p.isPublic(Addresses.parse("224.0.0.1")));
        assertTrue(p.isPublic(Addresses.parse("8.8.8.8")));
    }

    @Test
    void lookups() {
        Fixture f = Fixture.basic();
        f.net("other").subnet("o", "europe-west1", "10.0.0.0/24");
        f.vm("twin", "other", "10.0.0.5", List.of());
        f.endpoint("site", EndpointType.INTERNET, null, "203.0.113.10");
        Design d = f.build();
        AddressPlan p = new AddressPlan(d);
        long ip = Addresses.parse("10.0.0.5");
        assertEquals("db-vm", p.endpoint(p.endpointInNetwork(p.networkIndex("my-vpc"), ip)).name());
        assertEquals("twin", p.endpoint(p.endpointInNetwork(p.networkIndex("other"), ip)).name());
        assertEquals("db-vm", p.endpoint(p.anyEndpoint(ip)).name(), "first in file order");
        assertEquals("twin", p.endpoint(p.vmHolding(ip, p.networkIndex("other"))).name());
        assertEquals("site", p.endpoint(p.externalEndpoint(Addresses.parse("203.0.113.10"))).name());
        assertEquals(-1, p.externalEndpoint(ip));
        assertTrue(p.inForeignPsaOnly(Addresses.parse("10.20.0.5"), "other"));
        assertFalse(p.inForeignPsaOnly(Addresses.parse("10.20.0.5"), "my-vpc"));
        assertEquals("google-managed-services-my-vpc", p.rangeHolding(Addresses.parse("10.20.3.3")).orElseThrow().name());
        assertEquals("vpc-connector-my-connector", p.rangeHolding(Addresses.parse("10.8.0.3")).orElseThrow().name());
    }
}
