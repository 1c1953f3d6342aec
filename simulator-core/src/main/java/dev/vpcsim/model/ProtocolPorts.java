package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One gcloud protocol/port spec: {@code tcp}, {@code tcp:5432}, {@code tcp:8000-8080}, {@code udp:53},
 * {@code icmp}, {@code all}. An empty port list means every port of the protocol.
 *
 * @param protocol the protocol ({@code ALL} matches every protocol and port)
 * @param ports    port ranges; empty = all ports
 */
public record ProtocolPorts(Protocol protocol, List<PortRange> ports) implements Serializable {

    public static final ProtocolPorts ALL = new ProtocolPorts(Protocol.ALL, List.of());

    public ProtocolPorts {
        ports = List.copyOf(ports);
        if (!ports.isEmpty() && !protocol.hasPorts()) {
            throw new IllegalArgumentException(protocol + " takes no ports");
        }
    }

    /** Parses the gcloud syntax; empty when the text is not a valid spec. */
    public static Optional<ProtocolPorts> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        String proto = colon < 0 ? text : text.substring(0, colon);
        Optional<Protocol> protocol = Protocol.fromId(proto);
        if (protocol.isEmpty()) {
            return Optional.empty();
        }
        if (colon < 0) {
            return Optional.of(new ProtocolPorts(protocol.get(), List.of()));
        }
        if (!protocol.get().hasPorts()) {
            return Optional.empty();
        }
        String spec = text.substring(colon + 1);
        if (!spec.matches("\\d{1,5}(-\\d{1,5})?")) {
            return Optional.empty();
        }
        String[] parts = spec.split("-");
        int from = Integer.parseInt(parts[0]);
        int to = parts.length == 2 ? Integer.parseInt(parts[1]) : from;
        if (from > 65535 || to > 65535 || from > to) {
            return Optional.empty();
        }
        return Optional.of(new ProtocolPorts(protocol.get(), List.of(new PortRange(from, to))));
    }

    public static ProtocolPorts of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a protocol/port spec: " + text));
    }

    /** True when a flow of this protocol and port (ignored for icmp) matches the spec. */
    public boolean matches(Protocol flowProtocol, int port) {
        if (protocol == Protocol.ALL) {
            return true;
        }
        if (protocol != flowProtocol) {
            return false;
        }
        if (ports.isEmpty() || !flowProtocol.hasPorts()) {
            return true;
        }
        for (PortRange range : ports) {
            if (range.contains(port)) {
                return true;
            }
        }
        return false;
    }

    /** True when the spec covers every port of its protocol (or every protocol). */
    public boolean allPorts() {
        return protocol == Protocol.ALL || ports.isEmpty() || ports.stream().anyMatch(r -> r.equals(PortRange.ANY));
    }

    /** True when any of the specs matches the flow. */
    public static boolean anyMatches(List<ProtocolPorts> specs, Protocol flowProtocol, int port) {
        for (ProtocolPorts spec : specs) {
            if (spec.matches(flowProtocol, port)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        if (ports.isEmpty()) {
            return protocol.id();
        }
        StringBuilder sb = new StringBuilder(protocol.id()).append(':');
        for (int i = 0; i < ports.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(ports.get(i));
        }
        return sb.toString();
    }
}
