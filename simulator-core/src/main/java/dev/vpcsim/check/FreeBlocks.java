package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Ipv4;

import java.util.List;
import java.util.Optional;

/**
 * Finds an unused, aligned block to suggest in a fix ({@code choose an unused /28 such as 10.8.0.16/28}).
 * The search stays in the /16 around a preferred address (the /8 for blocks larger than a /16), scanning up
 * from it and then wrapping around; it jumps past each occupied range, so it costs at most one pass per range.
 */
final class FreeBlocks {
    /** Where to look when the preferred address is unusable (outside RFC 1918 or in a prohibited range). */
    static final long FALLBACK = Ipv4.of("10.0.0.0").value();

    private FreeBlocks() {
    }

    /** An aligned block of the prefix length that overlaps none of the occupied ranges, near the preferred address. */
    static Optional<Cidr> near(long preferred, int prefixLength, List<Cidr> occupied) {
        if (prefixLength < 8 || prefixLength > 32) {
            return Optional.empty();
        }
        long start = isPrivate(preferred) ? preferred : FALLBACK;
        int window = Math.min(prefixLength, prefixLength <= 16 ? 8 : 16);
        long windowSize = 1L << (32 - window);
        long lo = start & ~(windowSize - 1);
        long hi = lo + windowSize - 1;
        long size = 1L << (32 - prefixLength);
        long from = start & ~(size - 1);
        Optional<Long> found = scan(from, hi, size, occupied);
        if (found.isEmpty()) {
            found = scan(lo, from - 1, size, occupied);
        }
        return found.map(first -> Cidr.of(Ipv4.format(first) + "/" + prefixLength));
    }

    private static Optional<Long> scan(long from, long to, long size, List<Cidr> occupied) {
        long candidate = from;
        while (candidate + size - 1 <= to) {
            long last = candidate + size - 1;
            Optional<Cidr> blocker = Optional.empty();
            for (Cidr c : occupied) {
                if (c.first() <= last && candidate <= c.last()
                        && (blocker.isEmpty() || c.last() > blocker.get().last())) {
                    blocker = Optional.of(c);
                }
            }
            if (blocker.isEmpty()) {
                return Optional.of(candidate);
            }
            long next = blocker.get().last() + 1;
            candidate = (next + size - 1) & ~(size - 1);
        }
        return Optional.empty();
    }

    private static boolean isPrivate(long ip) {
        return Cidr.of("10.0.0.0/8").contains(ip) || Cidr.of("172.16.0.0/12").contains(ip)
                || Cidr.of("192.168.0.0/16").contains(ip);
    }
}
