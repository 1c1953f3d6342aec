package dev.vpcsim.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR range as written by the user ({@code 10.0.0.0/24}), possibly with host bits set
 * ({@code 10.0.0.5/24}, which loads so that {@code check} can report it). Parsing and arithmetic use the
 * IPAddress library; {@link #first()} and {@link #last()} are the bounds of the prefix block as unsigned
 * 32-bit values kept in a {@code long}, for fast comparisons in the engines.
 *
 * @param text         the range as written
 * @param prefixLength 0..32
 * @param first        the block's first address
 * @param last         the block's last address
 */
public record Cidr(String text, int prefixLength, long first, long last) implements Serializable, Comparable<Cidr> {

    private static final Pattern SHAPE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allow_inet_aton(false)
            .allowIPv6(false).allowMask(false).allowWildcardedSeparator(false)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allow_inet_aton(false)
            .allowWildcardedSeparator(false).getParentBuilder().toParams();

    /** The whole IPv4 space. */
    public static final Cidr ALL = parse("0.0.0.0/0").orElseThrow();

    public Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
        }
        if (first > last || first < 0 || last > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("bad bounds for " + text);
        }
    }

    /** Parses a strict dotted-quad CIDR; empty when the text is not one. */
    public static Optional<Cidr> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        IPAddress address = new IPAddressString(text, STRICT).getAddress();
        if (!(address instanceof IPv4Address v4) || v4.getNetworkPrefixLength() == null) {
            return Optional.empty();
        }
        IPv4Address block = v4.toPrefixBlock();
        return Optional.of(new Cidr(text, v4.getNetworkPrefixLength(),
                block.getLower().longValue(), block.getUpper().longValue()));
    }

    /** Parses or throws {@link IllegalArgumentException}; for code and tests, not for user input. */
    public static Cidr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 CIDR: " + text));
    }

    /** A /32 around one address. */
    public static Cidr host(Ipv4 address) {
        return new Cidr(address.text() + "/32", 32, address.value(), address.value());
    }

    /** The prefix block as an IPAddress value. */
    public IPv4Address toAddress() {
        return new IPv4Address((int) first, prefixLength);
    }

    /** True when the address part has bits set beyond the prefix ({@code 10.0.0.5/24}). */
    public boolean hasHostBits() {
        return !text.substring(0, text.indexOf('/')).equals(Ipv4.format(first));
    }

    /** The canonical block text ({@code 10.0.0.0/24} for {@code 10.0.0.5/24}). */
    public String blockText() {
        return Ipv4.format(first) + "/" + prefixLength;
    }

    public long size() {
        return last - first + 1;
    }

    public boolean contains(long address) {
        return address >= first && address <= last;
    }

    public boolean contains(Ipv4 address) {
        return contains(address.value());
    }

    public boolean contains(Cidr other) {
        return other.first >= first && other.last <= last;
    }

    public boolean overlaps(Cidr other) {
        return first <= other.last && other.first <= last;
    }

    @Override
    public int compareTo(Cidr o) {
        int c = Long.compare(first, o.first);
        return c != 0 ? c : Integer.compare(prefixLength, o.prefixLength);
    }

    @Override
    public String toString() {
        return text;
    }
}
