package dev.vpcsim.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One IPv4 address, as text and as an unsigned 32-bit value in a {@code long}.
 *
 * @param text  canonical dotted quad
 * @param value 0..2^32-1
 */
public record Ipv4(String text, long value) implements Serializable, Comparable<Ipv4> {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public Ipv4 {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not an IPv4 value: " + value);
        }
    }

    /** Parses a strict dotted quad (no prefix); empty when the text is not one. */
    public static Optional<Ipv4> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        for (String part : text.split("\\.")) {
            if (part.length() > 1 && part.startsWith("0")) {
                return Optional.empty();
            }
        }
        IPAddress address = new IPAddressString(text).getAddress();
        if (!(address instanceof IPv4Address v4)) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4(v4.toCanonicalString(), v4.longValue()));
    }

    /** Parses or throws {@link IllegalArgumentException}; for code and tests. */
    public static Ipv4 of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: " + text));
    }

    public static Ipv4 ofValue(long value) {
        return new Ipv4(format(value), value);
    }

    /**
     * Dotted-quad text of an unsigned 32-bit value: four decimal parts without leading zeros, the canonical form
     * ({@code IPv4Address.toCanonicalString()}), computed with shifts (traces format addresses on every call).
     */
    public static String format(long value) {
        return ((value >>> 24) & 255) + "." + ((value >>> 16) & 255) + "." + ((value >>> 8) & 255) + "."
                + (value & 255);
    }

    @Override
    public int compareTo(Ipv4 o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return text;
    }
}
