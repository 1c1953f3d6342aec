package dev.vpcsim.trace;

import dev.vpcsim.model.Protocol;

import java.io.Serializable;
import java.util.Objects;

/**
 * The question of a trace: from a workload to an endpoint name or an IP address.
 *
 * @param source      workload name
 * @param destination endpoint name or IPv4 address as given
 * @param protocol    TCP, UDP or ICMP
 * @param port        destination port (ignored for ICMP); -1 = the endpoint's first listed port, else 80
 */
public record Flow(String source, String destination, Protocol protocol, int port) implements Serializable {
    public static final int DEFAULT_PORT = -1;

    public Flow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(protocol, "protocol");
        if (protocol == Protocol.ALL) {
            throw new IllegalArgumentException("a flow has one protocol: tcp, udp or icmp");
        }
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
