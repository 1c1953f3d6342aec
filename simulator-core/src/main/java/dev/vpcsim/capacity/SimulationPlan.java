package dev.vpcsim.capacity;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.traffic.JobRun;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A design compiled for the run loop: the signals to evaluate (channels, in profile order), the connectors
 * (sorted by name) with the channels of their attached workloads' throughput, the Direct VPC workloads with
 * their instance demand, and the Direct VPC subnets (sorted by network, then name) with their workloads,
 * rollouts and job executions. Immutable; built once per run.
 */
final class SimulationPlan {
    /** A Direct VPC subnet and what runs on it. */
    record SubnetPlan(String network, Subnet subnet, int[] workloads, int[][] rolloutSteps, List<JobRun> jobs,
                      long totalMaxInstances) {
    }

    final SimulationOptions options;
    final List<Signal> channels;
    final List<Connector> connectors;
    final List<ConnectorScaling> scalings;
    final int[][] connectorChannels;
    final List<InstanceDemand> demands;
    final int[][] demandChannels;
    final List<SubnetPlan> subnets;

    private SimulationPlan(SimulationOptions options, List<Signal> channels, List<Connector> connectors,
                           int[][] connectorChannels, List<InstanceDemand> demands, int[][] demandChannels,
                           List<SubnetPlan> subnets) {
        this.options = options;
        this.channels = List.copyOf(channels);
        this.connectors = List.copyOf(connectors);
        this.scalings = connectors.stream().map(ConnectorScaling::of).toList();
        this.connectorChannels = connectorChannels;
        this.demands = List.copyOf(demands);
        this.demandChannels = demandChannels;
        this.subnets = List.copyOf(subnets);
    }

    /** The traffic of a design, or none (every workload at its floor, connectors at min). */
    static Traffic trafficOf(Design design) {
        return design.scenario().traffic().orElseGet(() -> new Traffic(Traffic.DEFAULT_DURATION_SECONDS,
                Traffic.DEFAULT_STEP_SECONDS, List.of(), List.of(), List.of()));
    }

    static SimulationPlan compile(Design design, SimulationOptions options) {
        Traffic traffic = trafficOf(design);
        Map<String, Integer> channelIndex = new LinkedHashMap<>();
        List<Signal> channels = new ArrayList<>();
        List<Profile> profiles = traffic.profiles();

        List<Connector> connectors = design.connectors().stream().sorted(Comparator.comparing(Connector::name)).toList();
        int[][] connectorChannels = new int[connectors.size()][];
        for (int c = 0; c < connectors.size(); c++) {
            List<Integer> idx = new ArrayList<>();
            for (Workload w : design.workloads()) {
                if (!design.connectorOf(w).map(Connector::name).equals(Optional.of(connectors.get(c).name()))) {
                    continue;
                }
                for (int p = 0; p < profiles.size(); p++) {
                    Profile pr = profiles.get(p);
                    if (pr.workload().equals(w.name()) && pr.throughputMbps().isPresent()) {
                        idx.add(channel(channelIndex, channels, p, InstanceDemand.Source.THROUGHPUT, pr.throughputMbps().get()));
                    }
                }
            }
            connectorChannels[c] = idx.stream().mapToInt(Integer::intValue).toArray();
        }

        List<InstanceDemand> demands = new ArrayList<>();
        List<int[]> demandChannels = new ArrayList<>();
        Map<List<String>, List<Integer>> subnetWorkloads = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<List<String>, List<JobRun>> subnetJobs = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<List<String>, Subnet> subnetByKey = new LinkedHashMap<>();
        for (Workload w : design.workloads()) {
            Optional<Network> net = design.directVpcNetwork(w);
            Optional<Subnet> sub = design.directVpcSubnet(w);
            if (!w.usesDirectVpc() || !DirectVpcAddresses.supports(w) || net.isEmpty() || sub.isEmpty()) {
                continue;
            }
            List<String> key = List.of(net.get().name(), sub.get().name());
            subnetByKey.put(key, sub.get());
            subnetWorkloads.computeIfAbsent(key, k -> new ArrayList<>());
            subnetJobs.computeIfAbsent(key, k -> new ArrayList<>());
            if (DirectVpcAddresses.isJob(w)) {
                traffic.jobs().stream().filter(j -> j.workload().equals(w.name())).forEach(subnetJobs.get(key)::add);
                continue;
            }
            List<InstanceDemand.Term> terms = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            for (int p = 0; p < profiles.size(); p++) {
                Profile pr = profiles.get(p);
                if (!pr.workload().equals(w.name())) {
                    continue;
                }
                int profileIndex = p;
                InstanceDemand.termOf(w, pr).ifPresent(t -> {
                    terms.add(t);
                    idx.add(channel(channelIndex, channels, profileIndex, t.source(), t.signal()));
                });
            }
            subnetWorkloads.get(key).add(demands.size());
            demands.add(new InstanceDemand(w.name(), w.scaling().minInstances(), w.scaling().maxInstances(), terms));
            demandChannels.add(idx.stream().mapToInt(Integer::intValue).toArray());
        }

        List<SubnetPlan> subnets = new ArrayList<>();
        for (Map.Entry<List<String>, List<Integer>> e : subnetWorkloads.entrySet()) {
            int[] ws = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            int[][] rollouts = new int[ws.length][];
            long totalMax = 0;
            for (int i = 0; i < ws.length; i++) {
                InstanceDemand d = demands.get(ws[i]);
                totalMax += d.maxInstances();
                rollouts[i] = traffic.rollouts().stream().filter(r -> r.workload().equals(d.workload()))
                        .mapToLong(Rollout::atSeconds)
                        .mapToInt(at -> ShapeCursor.firstStepAtOrAfter(at, options.stepSeconds()))
                        .sorted().toArray();
            }
            subnets.add(new SubnetPlan(e.getKey().get(0), subnetByKey.get(e.getKey()), ws, rollouts,
                    List.copyOf(subnetJobs.get(e.getKey())), totalMax));
        }
        return new SimulationPlan(options, channels, connectors, connectorChannels, demands,
                demandChannels.toArray(new int[0][]), subnets);
    }

    private static int channel(Map<String, Integer> index, List<Signal> channels, int profile,
                               InstanceDemand.Source field, Signal signal) {
        return index.computeIfAbsent(profile + "/" + field, k -> {
            channels.add(signal);
            return channels.size() - 1;
        });
    }
}
