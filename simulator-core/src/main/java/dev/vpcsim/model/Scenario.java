package dev.vpcsim.model;

import dev.vpcsim.model.traffic.Traffic;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a scenario file says, as written (references by name, nothing derived). Turn it into a
 * {@link Design} with {@link DesignBuilder}.
 *
 * @param version     format version (1)
 * @param name        scenario name
 * @param description free text
 * @param settings    scenario-wide settings
 * @param networks    networks in file order
 * @param connectors  connectors in file order
 * @param workloads   workloads in file order
 * @param endpoints   endpoints in file order
 * @param intents     intents in file order
 * @param traffic     capacity-run input, if any
 */
public record Scenario(int version, String name, String description, Settings settings, List<Network> networks,
                       List<Connector> connectors, List<Workload> workloads, List<Endpoint> endpoints,
                       List<Intent> intents, Optional<Traffic> traffic) implements Serializable {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
        networks = List.copyOf(networks);
        connectors = List.copyOf(connectors);
        workloads = List.copyOf(workloads);
        endpoints = List.copyOf(endpoints);
        intents = List.copyOf(intents);
    }

    /** A builder holding this scenario's parts, for what-if variants. */
    public DesignBuilder toBuilder() {
        return new DesignBuilder(this);
    }

    /** Serialized through a proxy: {@link Optional} is not serializable. */
    private Object writeReplace() {
        return new SerialForm(version, name, description, settings, networks, connectors, workloads, endpoints,
                intents, traffic.orElse(null));
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through SerialForm");
    }

    private record SerialForm(int version, String name, String description, Settings settings, List<Network> networks,
                              List<Connector> connectors, List<Workload> workloads, List<Endpoint> endpoints,
                              List<Intent> intents, Traffic traffic) implements Serializable {
        private Object readResolve() {
            return new Scenario(version, name, description, settings, networks, connectors, workloads, endpoints,
                    intents, Optional.ofNullable(traffic));
        }
    }
}
