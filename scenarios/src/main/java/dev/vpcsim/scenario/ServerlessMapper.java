package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.MachineType;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

import java.util.List;
import java.util.Optional;

/**
 * Maps {@code connectors[i]} and {@code workloads[i]}. Connector values that a {@code check} finding exists for load
 * as written: a range of any prefix length, any machine type name, any instance counts from 0 to
 * {@value #MAX_CONNECTOR_INSTANCES}.
 */
final class ServerlessMapper {
    /** Instance counts above this are refused as absurd rather than reported by connector-instances-invalid. */
    static final int MAX_CONNECTOR_INSTANCES = 1000;
    /** Workload instance counts above this are refused as absurd. */
    static final int MAX_WORKLOAD_INSTANCES = 1_000_000;
    private final Input in;

    ServerlessMapper(Input in) {
        this.in = in;
    }

    Connector connector(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a connector", "name", "region", "network", "range", "subnet",
                "machineType", "minInstances", "maxInstances", "throughputPerInstanceMbps", "scaleOutDelay",
                "pricePerHourUsd", "state", "managedFirewallRules");
        String name = f.string("name");
        String region = f.string("region");
        String network = f.string("network");
        String where = f.exactlyOne("a connector", "range", "subnet");
        Optional<Cidr> range = where.equals("range")
                ? Optional.of(Values.cidr(in, f.required("range"), f.path("range"))) : Optional.empty();
        Optional<String> subnet = where.equals("subnet") ? Optional.of(f.string("subnet")) : Optional.empty();
        String machineType = f.optString("machineType").orElse(MachineType.E2_MICRO.id());
        int min = f.integer("minInstances", Connector.DEFAULT_MIN_INSTANCES, 0, MAX_CONNECTOR_INSTANCES);
        int max = f.integer("maxInstances", Connector.DEFAULT_MAX_INSTANCES, 0, MAX_CONNECTOR_INSTANCES);
        Optional<Double> throughput = f.optNumber("throughputPerInstanceMbps", 0, true);
        long delay = f.seconds("scaleOutDelay", Connector.DEFAULT_SCALE_OUT_DELAY_SECONDS);
        Optional<Double> price = f.optNumber("pricePerHourUsd", 0, false);
        ConnectorState state = f.choice("state", ConnectorState.READY, List.of(ConnectorState.values()),
                ConnectorState::name);
        boolean managed = f.bool("managedFirewallRules", true);
        return in.build(node, path, () -> new Connector(name, region, network, range, subnet, machineType, min, max,
                throughput, delay, price, state, managed));
    }

    Workload workload(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a workload", "name", "type", "generation", "region", "serviceAccount",
                "vpcConnector", "network", "subnet", "networkTags", "vpcEgress", "scaling");
        String name = f.string("name");
        WorkloadType type = f.requiredChoice("type", List.of(WorkloadType.values()), WorkloadType::id);
        if (type != WorkloadType.CLOUD_FUNCTION) {
            f.forbid("generation", "applies to type cloud-function only (this workload is " + type.id() + ")");
        }
        int generation = f.optInteger("generation", Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(2);
        if (generation != 1 && generation != 2) {
            throw in.error(f.required("generation"), f.path("generation"), "must be 1 or 2, got " + generation);
        }
        String region = f.string("region");
        Optional<String> account = f.optString("serviceAccount");
        Optional<String> connector = f.optString("vpcConnector");
        Optional<String> network = f.optString("network");
        Optional<String> subnet = f.optString("subnet");
        List<String> tags = f.values("networkTags", (n, at) -> Values.string(in, n, at));
        VpcEgress egress = f.choice("vpcEgress", VpcEgress.PRIVATE_RANGES_ONLY, List.of(VpcEgress.values()),
                VpcEgress::id);
        int defaultConcurrency = type == WorkloadType.CLOUD_FUNCTION && generation == 1 ? 1
                : Scaling.DEFAULT.concurrency();
        Scaling scaling = f.get("scaling").map(n -> scaling(n, f.path("scaling"), defaultConcurrency))
                .orElse(new Scaling(Scaling.DEFAULT.minInstances(), Scaling.DEFAULT.maxInstances(), defaultConcurrency));
        return in.build(node, path, () -> new Workload(name, type, generation, region, account, connector, network,
                subnet, tags, egress, scaling));
    }

    private Scaling scaling(Node node, String path, int defaultConcurrency) {
        Fields f = Fields.of(in, node, path, "scaling", "minInstances", "maxInstances", "concurrency");
        int min = f.integer("minInstances", Scaling.DEFAULT.minInstances(), 0, MAX_WORKLOAD_INSTANCES);
        int max = f.integer("maxInstances", Scaling.DEFAULT.maxInstances(), 0, MAX_WORKLOAD_INSTANCES);
        int concurrency = f.integer("concurrency", defaultConcurrency, 1, MAX_WORKLOAD_INSTANCES);
        return in.build(node, path, () -> new Scaling(min, max, concurrency));
    }
}
