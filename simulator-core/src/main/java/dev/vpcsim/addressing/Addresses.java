package dev.vpcsim.addressing;

import dev.vpcsim.model.Cidr;

import java.util.List;

/** Fixed address ranges of semantics.md section 2 and a fast strict dotted-quad parser. Pure functions. */
public final class Addresses {
    /** RFC 1918. */
    public static final List<Cidr> RFC1918 = List.of(Cidr.of("10.0.0.0/8"), Cidr.of("172.16.0.0/12"),
            Cidr.of("192.168.0.0/16"));
    /** RFC 6598 shared address space. */
    public static final Cidr RFC6598 = Cidr.of("100.64.0.0/10");
    /** private.googleapis.com and restricted.googleapis.com: the Private Google Access addresses. */
    public static final List<Cidr> GOOGLE_API = List.of(Cidr.of("199.36.153.8/30"), Cidr.of("199.36.153.4/30"));
    /** Ranges that are never publicly routable (semantics.md section 2). */
    public static final List<Cidr> NOT_PUBLIC = List.of(Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"),
            RFC6598, Cidr.of("127.0.0.0/8"), Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"),
            Cidr.of("192.168.0.0/16"), Cidr.of("224.0.0.0/4"), Cidr.of("240.0.0.0/4"));

    private Addresses() {
    }

    /** True when the address is in 10/8, 172.16/12 or 192.168/16. */
    public static boolean isRfc1918(long ip) {
        return in(RFC1918, ip);
    }

    public static boolean isRfc6598(long ip) {
        return RFC6598.contains(ip);
    }

    /** True when the address is one of the Private Google Access addresses (199.36.153.4/30, 199.36.153.8/30). */
    public static boolean isGoogleApi(long ip) {
        return in(GOOGLE_API, ip);
    }

    /**
     * What {@code private-ranges-only} sends into the VPC: RFC 1918, the Private Google Access addresses, and
     * RFC 6598 when the scenario says so (ASSUMPTION, semantics.md section 2).
     */
    public static boolean sentIntoVpcByPrivateRangesOnly(long ip, boolean includeRfc6598) {
        return isRfc1918(ip) || isGoogleApi(ip) || (includeRfc6598 && isRfc6598(ip));
    }

    /**
     * Parses a strict dotted quad (four decimal parts 0..255, no leading zeros, no prefix) without allocating.
     *
     * @return the unsigned value, or -1 when the text is not one
     */
    public static long parse(CharSequence text) {
        int n = text.length();
        if (n < 7 || n > 15) {
            return -1;
        }
        long value = 0;
        int part = 0;
        int digits = 0;
        int parts = 0;
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '.' : text.charAt(i);
            if (c == '.') {
                if (digits == 0 || part > 255) {
                    return -1;
                }
                value = (value << 8) | part;
                parts++;
                part = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (digits == 1 && part == 0) {
                    return -1; // leading zero
                }
                part = part * 10 + (c - '0');
                digits++;
                if (digits > 3) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return parts == 4 ? value : -1;
    }

    /** Dotted-quad text of an unsigned 32-bit value. */
    public static String format(long ip) {
        return ((ip >>> 24) & 255) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255) + "." + (ip & 255);
    }

    private static boolean in(List<Cidr> ranges, long ip) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(ip)) {
                return true;
            }
        }
        return false;
    }
}
