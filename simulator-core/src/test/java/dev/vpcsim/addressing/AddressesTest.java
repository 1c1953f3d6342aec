package dev.vpcsim.addressing;

import dev.vpcsim.model.Cidr;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressesTest {

    @Test
    void parsesStrictDottedQuads() {
        assertEquals(Cidr.of("10.20.0.5/32").first(), Addresses.parse("10.20.0.5"));
        assertEquals(0xFFFF_FFFFL, Addresses.parse("255.255.255.255"));
        assertEquals(0, Addresses.parse("0.0.0.0"));
        for (String bad : List.of("10.0.0", "10.0.0.256", "10.00.0.1", "10.0.0.1/32", "a.b.c.d", "1..2.3", "", "10.0.0.1.")) {
            assertEquals(-1, Addresses.parse(bad), bad);
        }
        assertEquals("10.20.0.5", Addresses.format(Addresses.parse("10.20.0.5")));
    }

    /** The engine shows a destination given as an address as written: a strict dotted quad is canonical. */
    @Test
    void aParsedDottedQuadIsItsOwnCanonicalText() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        String alphabet = "0123456789.";
        int parsed = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (i % 2 == 0) {
                for (int k = 0; k < 4; k++) {
                    sb.append(k == 0 ? "" : ".").append(r.nextInt(3) == 0 ? "0" : "").append(r.nextInt(300));
                }
            } else {
                for (int k = 0; k < 7 + r.nextInt(9); k++) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            String text = sb.toString();
            long v = Addresses.parse(text);
            if (v >= 0) {
                parsed++;
                assertEquals(text, Addresses.format(v), text);
                assertEquals(text, dev.vpcsim.model.Ipv4.of(text).text(), text);
            } else {
                assertTrue(dev.vpcsim.model.Ipv4.parse(text).isEmpty(), text);
            }
        }
        assertTrue(parsed > 10_000, "enough valid addresses: " + parsed);
    }

    @Test
    void privateRangesOnlySendsRfc1918AndGoogleApisIntoTheVpc() {
        assertTrue(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("172.31.255.255"), false));
        assertFalse(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("172.32.0.0"), false));
        assertTrue(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("199.36.153.8"), false));
        assertTrue(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("199.36.153.7"), false));
        assertFalse(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("199.36.153.12"), false));
        assertFalse(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("100.64.0.1"), false));
        assertTrue(Addresses.sentIntoVpcByPrivateRangesOnly(Addresses.parse("100.64.0.1"), true));
    }

    @Test
    void rangeSetsMergeAndFind() {
        RangeSet s = RangeSet.of(List.of(Cidr.of("10.0.0.0/24"), Cidr.of("10.0.1.0/24"), Cidr.of("10.0.0.128/25"),
                Cidr.of("192.168.0.0/16")));
        assertEquals(2, s.intervals());
        assertTrue(s.contains(Addresses.parse("10.0.1.255")));
        assertFalse(s.contains(Addresses.parse("10.0.2.0")));
        assertTrue(s.contains(Addresses.parse("192.168.3.4")));
    }
}
