package dev.vpcsim.model;

import dev.vpcsim.model.traffic.Traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one builder of the design aggregate: collects a scenario's parts, then {@link #build()} checks every
 * name and reference (reporting the YAML path of the first problem as a {@link ModelException}) and derives
 * what Google Cloud creates implicitly (see {@link Design}).
 */
public final class DesignBuilder {
    private int version = 1;
    private String name;
    private String description = "";
    private Settings settings = Settings.DEFAULT;
    private final List<Network> networks = new ArrayList<>();
    private final List<Connector> connectors = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<Intent> intents = new ArrayList<>();
    private Optional<Traffic> traffic = Optional.empty();

    public DesignBuilder(String name) {
        this.name = name;
    }

    DesignBuilder(Scenario s) {
        this.version = s.version();
        this.name = s.name();
        this.description = s.description();
        this.settings = s.settings();
        this.networks.addAll(s.networks());
        this.connectors.addAll(s.connectors());
        this.workloads.addAll(s.workloads());
        this.endpoints.addAll(s.endpoints());
        this.intents.addAll(s.intents());
        this.traffic = s.traffic();
    }

    public DesignBuilder version(int v) {
        this.version = v;
        return this;
    }

    public DesignBuilder name(String n) {
        this.name = n;
        return this;
    }

    public DesignBuilder description(String d) {
        this.description = d;
        return this;
    }

    public DesignBuilder settings(Settings s) {
        this.settings = s;
        return this;
    }

    public DesignBuilder network(Network n) {
        networks.add(n);
        return this;
    }

    public DesignBuilder connector(Connector c) {
        connectors.add(c);
        return this;
    }

    public DesignBuilder workload(Workload w) {
        workloads.add(w);
        return this;
    }

    public DesignBuilder endpoint(Endpoint e) {
        endpoints.add(e);
        return this;
    }

    public DesignBuilder intent(Intent i) {
        intents.add(i);
        return this;
    }

    public DesignBuilder traffic(Traffic t) {
        this.traffic = Optional.ofNullable(t);
        return this;
    }

    /** Replaces the network of the same name (for what-if variants). */
    public DesignBuilder replaceNetwork(Network n) {
        networks.replaceAll(old -> old.name().equals(n.name()) ? n : old);
        return this;
    }

    /** Replaces the connector of the same name (for what-if variants). */
    public DesignBuilder replaceConnector(Connector c) {
        connectors.replaceAll(old -> old.name().equals(c.name()) ? c : old);
        return this;
    }

    /** Replaces the workload of the same name (for what-if variants). */
    public DesignBuilder replaceWorkload(Workload w) {
        workloads.replaceAll(old -> old.name().equals(w.name()) ? w : old);
        return this;
    }

    /** The scenario as collected, without checks. */
    public Scenario scenario() {
        return new Scenario(version, name, description, settings, networks, connectors, workloads, endpoints,
                intents, traffic);
    }

    /**
     * Checks names and references and derives the implicit resources.
     *
     * @throws ModelException naming the YAML path of the first problem found
     */
    public Design build() {
        Scenario s = scenario();
        new ReferenceChecker(s).check();
        return Derivation.derive(s);
    }
}
