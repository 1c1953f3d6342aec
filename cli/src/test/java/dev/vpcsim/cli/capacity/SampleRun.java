package dev.vpcsim.cli.capacity;

import dev.vpcsim.capacity.Simulation;
import dev.vpcsim.capacity.SimulationOptions;
import dev.vpcsim.capacity.report.SimulationResult;
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
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;

import java.util.List;
import java.util.Optional;

/** A day with a diurnal connector load plus a spike past max, and a Direct VPC rollout a /24 cannot hold. */
final class SampleRun {
    private SampleRun() {
    }

    static Design design() {
        String region = "europe-west1";
        Network vpc = new Network("my-vpc", true, List.of(new Subnet("run-direct", region, Cidr.of("10.0.0.0/24"))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Connector conn = new Connector("my-connector", region, "my-vpc", Optional.of(Cidr.of("10.8.0.0/28")),
                Optional.empty(), "e2-micro", 2, 10, Optional.empty(), 60, Optional.empty(), ConnectorState.READY, true);
        Workload api = new Workload("api", WorkloadType.CLOUD_RUN_SERVICE, 2, region, Optional.empty(),
                Optional.of("my-connector"), Optional.empty(), Optional.empty(), List.of(),
                VpcEgress.PRIVATE_RANGES_ONLY, Scaling.DEFAULT);
        Workload batch = new Workload("batch", WorkloadType.CLOUD_RUN_SERVICE, 2, region, Optional.empty(),
                Optional.of("my-connector"), Optional.empty(), Optional.empty(), List.of(),
                VpcEgress.PRIVATE_RANGES_ONLY, Scaling.DEFAULT);
        Workload web = new Workload("web", WorkloadType.CLOUD_RUN_SERVICE, 2, region, Optional.empty(),
                Optional.empty(), Optional.of("my-vpc"), Optional.of("run-direct"), List.of(),
                VpcEgress.PRIVATE_RANGES_ONLY, new Scaling(5, 100, 80));
        Traffic traffic = new Traffic(86_400, 1, List.of(
                new Profile("api", Optional.of(Signal.of(new Shape.Diurnal(50, 450, 86_400, 14 * 3600))),
                        Optional.empty(), Optional.empty(), 0.2),
                new Profile("batch", Optional.of(Signal.of(new Shape.Spike(0, 800, 20 * 3600, 1800))),
                        Optional.empty(), Optional.empty(), 0.2),
                new Profile("web", Optional.empty(), Optional.empty(),
                        Optional.of(Signal.of(new Shape.Diurnal(4000, 36_000, 86_400, 13 * 3600))), 0.2)),
                List.of(new Rollout("web", 12 * 3600)), List.of());
        return new DesignBuilder("sample").network(vpc).connector(conn).workload(api).workload(batch).workload(web)
                .traffic(traffic).build();
    }

    static SimulationResult run() {
        Design d = design();
        return new Simulation().run(d, SimulationOptions.of(d));
    }
}
