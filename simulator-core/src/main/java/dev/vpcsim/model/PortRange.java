package dev.vpcsim.model;

import java.io.Serializable;

/** An inclusive port range 0..65535; a single port has {@code from == to}. */
public record PortRange(int from, int to) implements Serializable {
    public static final PortRange ANY = new PortRange(0, 65535);

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("bad port range " + from + "-" + to);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    public boolean contains(PortRange other) {
        return other.from >= from && other.to <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
