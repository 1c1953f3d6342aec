package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource workloads talk to.
 *
 * @param name           unique among endpoints
 * @param type           kind of endpoint
 * @param network        vm, internal-lb: the network of the address; cloud-sql, memorystore-redis: the consumer network
 * @param region         its region, if given
 * @param ip             its address
 * @param ports          what listens; empty = anything listens
 * @param tags           network tags (vm only)
 * @param serviceAccount identity (vm only)
 * @param ipForwarding   whether it may forward packets not addressed to it (vm only)
 * @param state          RUNNING or STOPPED
 * @param allowedSources internet only: source ranges the remote side accepts; empty Optional = no allow-list
 */
public record Endpoint(String name, EndpointType type, Optional<String> network, Optional<String> region, Ipv4 ip,
                       List<ProtocolPorts> ports, List<String> tags, Optional<String> serviceAccount,
                       boolean ipForwarding, State state, Optional<List<Cidr>> allowedSources) implements Serializable {

    /** Whether the resource runs. */
    public enum State { RUNNING, STOPPED }

    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(state, "state");
        ports = List.copyOf(ports);
        tags = List.copyOf(tags);
        allowedSources = allowedSources.map(List::copyOf);
    }

    /** True when something listens on this protocol and port. */
    public boolean listensOn(Protocol protocol, int port) {
        return ports.isEmpty() || ProtocolPorts.anyMatches(ports, protocol, port);
    }

    /** {@code endpoints/NAME}. */
    public String resource() {
        return "endpoints/" + name;
    }

    /** Serialized through a proxy: {@link Optional} is not serializable. */
    private Object writeReplace() {
        return new SerialForm(name, type, network.orElse(null), region.orElse(null), ip, ports, tags,
                serviceAccount.orElse(null), ipForwarding, state, allowedSources.orElse(null));
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through SerialForm");
    }

    private record SerialForm(String name, EndpointType type, String network, String region, Ipv4 ip,
                              List<ProtocolPorts> ports, List<String> tags, String serviceAccount, boolean ipForwarding,
                              State state, List<Cidr> allowedSources) implements Serializable {
        private Object readResolve() {
            return new Endpoint(name, type, Optional.ofNullable(network), Optional.ofNullable(region), ip, ports, tags,
                    Optional.ofNullable(serviceAccount), ipForwarding, state, Optional.ofNullable(allowedSources));
        }
    }
}
