package dev.vpcsim.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What the architect expects of one flow; {@code vpcsim check} traces every intent.
 *
 * @param name     free text, unique among intents
 * @param from     a workload name
 * @param to       an endpoint name or an IP address, as written
 * @param port     the port; empty = the endpoint's first listed port
 * @param protocol tcp by default
 * @param expect   the expected verdict
 */
public record Intent(String name, String from, String to, Optional<Integer> port, Protocol protocol, Expect expect)
        implements Serializable {

    /** Expected verdicts. */
    public enum Expect {
        REACHABLE, UNREACHABLE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Intent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(expect, "expect");
    }

    /** Serialized through a proxy: {@link Optional} is not serializable. */
    private Object writeReplace() {
        return new SerialForm(name, from, to, port.orElse(null), protocol, expect);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through SerialForm");
    }

    private record SerialForm(String name, String from, String to, Integer port, Protocol protocol, Expect expect)
            implements Serializable {
        private Object readResolve() {
            return new Intent(name, from, to, Optional.ofNullable(port), protocol, expect);
        }
    }
}
