package dev.vpcsim.capacity;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.model.traffic.JobRun;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tiny designs for capacity tests: one network {@code vpc}, subnets, connectors, workloads, traffic. */
final class CapacityFixtures {
    static final String REGION = "europe-west1";

    private final List<Subnet> subnets = new ArrayList<>();
    private final List<Connector> connectors = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final List<Rollout> rollouts = new ArrayList<>();
    private final List<JobRun> jobs = new ArrayList<>();
    private long durationSeconds = 3600;
    private long stepSeconds = 1;

    static CapacityFixtures design() {
        return new CapacityFixtures();
    }

    CapacityFixtures duration(long seconds, long step) {
        this.durationSeconds = seconds;
        this.stepSeconds = step;
        return this;
    }

    CapacityFixtures subnet(String name, String range) {
        subnets.add(new Subnet(name, REGION, Cidr.of(range)));
        return this;
    }

    CapacityFixtures connector(String name, String machineType, int min, int max, long delaySeconds) {
        connectors.add(new Connector(name, REGION, "vpc", Optional.of(Cidr.of("10.8." + connectors.size() + ".0/28")),
                Optional.empty(), machineType, min, max, Optional.empty(), delaySeconds, Optional.empty(),
                ConnectorState.READY, true));
        return this;
    }

    CapacityFixtures connectorService(String name, String connector) {
        workloads.add(new Workload(name, WorkloadType.CLOUD_RUN_SERVICE, 2, REGION, Optional.empty(),
                Optional.of(connector), Optional.empty(), Optional.empty(), List.of(), VpcEgress.PRIVATE_RANGES_ONLY,
                Scaling.DEFAULT));
        return this;
    }

    CapacityFixtures directService(String name, String subnet, int min, int max) {
        return direct(name, WorkloadType.CLOUD_RUN_SERVICE, 2, subnet, new Scaling(min, max, 80));
    }

    CapacityFixtures direct(String name, WorkloadType type, int generation, String subnet, Scaling scaling) {
        workloads.add(new Workload(name, type, generation, REGION, Optional.empty(), Optional.empty(),
                Optional.of("vpc"), Optional.of(subnet), List.of(), VpcEgress.PRIVATE_RANGES_ONLY, scaling));
        return this;
    }

    CapacityFixtures throughput(String workload, Shape shape) {
        return throughput(workload, Signal.of(shape));
    }

    CapacityFixtures throughput(String workload, Signal signal) {
        profiles.add(new Profile(workload, Optional.of(signal), Optional.empty(), Optional.empty(),
                Profile.DEFAULT_REQUEST_SECONDS));
        return this;
    }

    CapacityFixtures instances(String workload, Shape shape) {
        return instances(workload, Signal.of(shape));
    }

    CapacityFixtures instances(String workload, Signal signal) {
        profiles.add(new Profile(workload, Optional.empty(), Optional.of(signal), Optional.empty(),
                Profile.DEFAULT_REQUEST_SECONDS));
        return this;
    }

    CapacityFixtures requests(String workload, Shape rps, double requestSeconds) {
        profiles.add(new Profile(workload, Optional.empty(), Optional.empty(), Optional.of(Signal.of(rps)),
                requestSeconds));
        return this;
    }

    CapacityFixtures rollout(String workload, long atSeconds) {
        rollouts.add(new Rollout(workload, atSeconds));
        return this;
    }

    CapacityFixtures job(String workload, long atSeconds, int tasks, int parallelism, long taskSeconds) {
        jobs.add(new JobRun(workload, atSeconds, tasks, parallelism, taskSeconds));
        return this;
    }

    Design build() {
        Network vpc = new Network("vpc", true, subnets, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        DesignBuilder b = new DesignBuilder("capacity-test").network(vpc);
        connectors.forEach(b::connector);
        workloads.forEach(b::workload);
        b.traffic(new Traffic(durationSeconds, stepSeconds, profiles, rollouts, jobs));
        return b.build();
    }

    static Shape constant(double value) {
        return new Shape.Constant(value);
    }
}
