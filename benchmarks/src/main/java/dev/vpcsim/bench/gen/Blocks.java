package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Ipv4;

/** Address arithmetic for the generator: CIDR blocks from unsigned 32-bit values, and a bump allocator. */
final class Blocks {
    private Blocks() {
    }

    /** The block of {@code prefixLength} starting at {@code first} (which must be aligned). */
    static Cidr cidr(long first, int prefixLength) {
        long size = 1L << (32 - prefixLength);
        if (first % size != 0) {
            throw new IllegalArgumentException("unaligned block " + Ipv4.format(first) + "/" + prefixLength);
        }
        return new Cidr(Ipv4.format(first) + "/" + prefixLength, prefixLength, first, first + size - 1);
    }

    /** The dotted-quad value of {@code a.b.c.d}. */
    static long ip(int a, int b, int c, int d) {
        return ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    }

    /** The enclosing block of {@code prefixLength} around an address or a smaller block. */
    static Cidr supernet(Cidr c, int prefixLength) {
        long size = 1L << (32 - prefixLength);
        return cidr(c.first() - c.first() % size, prefixLength);
    }

    /**
     * Hands out aligned, non-overlapping blocks from one parent block, in address order. Every range a
     * generated network owns comes from its own allocator, so no two ranges of a design overlap.
     */
    static final class Allocator {
        private final Cidr parent;
        private long cursor;

        Allocator(Cidr parent) {
            this.parent = parent;
            this.cursor = parent.first();
        }

        /** The next free aligned block, or empty when the parent is full. */
        java.util.Optional<Cidr> next(int prefixLength) {
            long size = 1L << (32 - prefixLength);
            long start = (cursor + size - 1) / size * size;
            if (start + size - 1 > parent.last()) {
                return java.util.Optional.empty();
            }
            cursor = start + size;
            return java.util.Optional.of(cidr(start, prefixLength));
        }

        Cidr parent() {
            return parent;
        }
    }
}
