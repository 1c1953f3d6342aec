package dev.vpcsim.check;

import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

import java.util.List;
import java.util.Optional;

/** Workload builder: a Cloud Run service in europe-west1 without VPC access, scaling defaults. */
final class WorkloadFixture {
    private final String name;
    private WorkloadType type = WorkloadType.CLOUD_RUN_SERVICE;
    private int generation = 2;
    private String region = Fixtures.REGION;
    private Optional<String> account = Optional.empty();
    private Optional<String> connector = Optional.empty();
    private Optional<String> network = Optional.empty();
    private Optional<String> subnet = Optional.empty();
    private List<String> tags = List.of();
    private VpcEgress egress = VpcEgress.PRIVATE_RANGES_ONLY;
    private Scaling scaling = Scaling.DEFAULT;

    WorkloadFixture(String name) {
        this.name = name;
    }

    WorkloadFixture type(WorkloadType t) {
        type = t;
        return this;
    }

    WorkloadFixture generation(int g) {
        generation = g;
        return this;
    }

    WorkloadFixture region(String r) {
        region = r;
        return this;
    }

    WorkloadFixture serviceAccount(String a) {
        account = Optional.of(a);
        return this;
    }

    WorkloadFixture connector(String c) {
        connector = Optional.of(c);
        return this;
    }

    WorkloadFixture directVpc(String net, String sub) {
        network = Optional.of(net);
        subnet = Optional.of(sub);
        return this;
    }

    WorkloadFixture tags(String... t) {
        tags = List.of(t);
        return this;
    }

    WorkloadFixture allTraffic() {
        egress = VpcEgress.ALL_TRAFFIC;
        return this;
    }

    WorkloadFixture maxInstances(int n) {
        scaling = new Scaling(0, n, Scaling.DEFAULT.concurrency());
        return this;
    }

    Workload build() {
        return new Workload(name, type, generation, region, account, connector, network, subnet, tags, egress,
                scaling);
    }
}
