package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Protocol;

import java.util.Optional;

/**
 * The packet of one evaluation once resolved.
 *
 * @param destination   destination address
 * @param endpoint      the endpoint named by the flow, or the one declaring the address
 * @param protocol      tcp, udp or icmp
 * @param port          destination port
 */
record Packet(long destination, Optional<Endpoint> endpoint, Protocol protocol, int port) {
}
