package dev.vpcsim.trace;

import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the reachability matrix: a workload against an endpoint on one port.
 *
 * @param from      workload name
 * @param to        endpoint name
 * @param port      destination port (0 for icmp)
 * @param protocol  tcp, udp or icmp
 * @param result    the trace's verdict
 * @param dropCause for an unreachable flow (or an ambiguous one whose first path drops)
 */
public record ReachRow(String from, String to, int port, String protocol, Result result, Optional<DropCause> dropCause)
        implements Serializable {
    public ReachRow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(dropCause, "dropCause");
    }

    @Serial
    private Object writeReplace() {
        return new Proxy(from, to, port, protocol, result, dropCause.orElse(null));
    }

    @Serial
    private void readObject(ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through its proxy");
    }

    /** Serialized form (Optional is not serializable). */
    private record Proxy(String from, String to, int port, String protocol, Result result, DropCause dropCause)
            implements Serializable {
        @Serial
        private Object readResolve() {
            return new ReachRow(from, to, port, protocol, result, Optional.ofNullable(dropCause));
        }
    }
}
