package dev.vpcsim.model;

import inet.ipaddr.ipv4.IPv4Address;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Ipv4#format} (shifts) must give the IPAddress library's canonical text, which it replaced. */
class Ipv4Test {

    @Test
    void formatIsTheCanonicalDottedQuad() {
        assertEquals("0.0.0.0", Ipv4.format(0));
        assertEquals("10.0.0.1", Ipv4.format(0x0A00_0001L));
        assertEquals("192.168.100.7", Ipv4.format(0xC0A8_6407L));
        assertEquals("255.255.255.255", Ipv4.format(0xFFFF_FFFFL));
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long v = i < 256 ? (long) i << (8 * (i % 4)) : r.nextLong(1L << 32);
            String text = Ipv4.format(v);
            assertEquals(new IPv4Address((int) v).toCanonicalString(), text);
            assertEquals(v, Ipv4.of(text).value());
        }
    }

    @Test
    void protocolIdsAreTheGcloudSpelling() {
        assertEquals("tcp", Protocol.TCP.id());
        assertEquals("udp", Protocol.UDP.id());
        assertEquals("icmp", Protocol.ICMP.id());
        assertEquals("all", Protocol.ALL.id());
        assertEquals(Protocol.ICMP, Protocol.fromId("icmp").orElseThrow());
    }
}
