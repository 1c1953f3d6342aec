package dev.vpcsim.trace;

import dev.vpcsim.exec.WorkExecutor;
import dev.vpcsim.exec.WorkUnit;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The reachability matrix of {@code vpcsim reach}: every workload against every endpoint on each listed port,
 * in a deterministic order (workloads by name, endpoints by name, then the endpoint's ports in listed order),
 * computed as serializable work units (a slice of workloads each) on a {@link WorkExecutor}.
 * <p>
 * Probes per endpoint: each listed tcp/udp range gives its first port; a protocol listed without ports gives
 * port 80 (icmp: 0); {@code all} gives tcp:80; no ports at all gives the default port, tcp:80.
 */
public final class Reach {
    /** Engines per design within this JVM, so that the units of one sweep share one engine. */
    private static final Map<Design, TraceEngine> ENGINES = Collections.synchronizedMap(new WeakHashMap<>());
    private static final int UNITS_PER_WORKER = 4;

    private Reach() {
    }

    /** One probe of an endpoint: protocol and port. */
    public record Probe(Protocol protocol, int port) implements java.io.Serializable { }

    /** The matrix, on the given executor; rows in deterministic order whatever its parallelism. */
    public static List<ReachRow> rows(Design design, WorkExecutor executor) {
        List<ArrayList<ReachRow>> parts = executor.runAll(units(design, executor.parallelism()));
        List<ReachRow> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }

    /** The matrix on this thread with the given tracer. */
    public static List<ReachRow> rows(Design design, Tracer tracer) {
        List<ReachRow> out = new ArrayList<>();
        for (Workload w : sortedWorkloads(design)) {
            out.addAll(rowsFor(design, tracer, w.name()));
        }
        return out;
    }

    /** The work units: contiguous slices of the workloads sorted by name. */
    public static List<Unit> units(Design design, int parallelism) {
        List<String> names = sortedWorkloads(design).stream().map(Workload::name).toList();
        int count = Math.max(1, Math.min(names.size(), Math.max(1, parallelism) * UNITS_PER_WORKER));
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = names.size() * i / count;
            int to = names.size() * (i + 1) / count;
            if (from < to) {
                units.add(new Unit(design, new ArrayList<>(names.subList(from, to))));
            }
        }
        return units;
    }

    /** The probes of an endpoint (see the class comment). */
    public static List<Probe> probes(Endpoint e) {
        Set<Probe> out = new LinkedHashSet<>();
        for (ProtocolPorts spec : e.ports()) {
            switch (spec.protocol()) {
                case ALL -> out.add(new Probe(Protocol.TCP, 80));
                case ICMP -> out.add(new Probe(Protocol.ICMP, 0));
                default -> {
                    if (spec.ports().isEmpty()) {
                        out.add(new Probe(spec.protocol(), 80));
                    }
                    for (PortRange r : spec.ports()) {
                        out.add(new Probe(spec.protocol(), r.from()));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new Probe(Protocol.TCP, 80));
        }
        return List.copyOf(out);
    }

    static List<ReachRow> rowsFor(Design design, Tracer tracer, String workload) {
        List<ReachRow> out = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>(design.endpoints());
        endpoints.sort(Comparator.comparing(Endpoint::name));
        for (Endpoint e : endpoints) {
            for (Probe p : probes(e)) {
                Trace t = tracer.trace(new Flow(workload, e.name(), p.protocol(), p.port()));
                out.add(new ReachRow(workload, e.name(), t.flow().port(), p.protocol().id(), t.result(), t.dropCause()));
            }
        }
        return out;
    }

    private static List<Workload> sortedWorkloads(Design design) {
        List<Workload> ws = new ArrayList<>(design.workloads());
        ws.sort(Comparator.comparing(Workload::name));
        return ws;
    }

    static TraceEngine engineFor(Design design) {
        synchronized (ENGINES) {
            return ENGINES.computeIfAbsent(design, TraceEngine::new);
        }
    }

    /**
     * The rows of some workloads. Serializable with its design; the engine is built on first use in the JVM
     * that runs the unit and shared by the units of the same design there.
     */
    public static final class Unit implements WorkUnit<ArrayList<ReachRow>> {
        private static final long serialVersionUID = 1L;
        private final Design design;
        private final ArrayList<String> workloads;

        Unit(Design design, ArrayList<String> workloads) {
            this.design = design;
            this.workloads = workloads;
        }

        public List<String> workloads() {
            return Collections.unmodifiableList(workloads);
        }

        @Override
        public ArrayList<ReachRow> run() {
            TraceEngine engine = engineFor(design);
            ArrayList<ReachRow> out = new ArrayList<>();
            for (String w : workloads) {
                out.addAll(rowsFor(design, engine, w));
            }
            return out;
        }
    }
}
