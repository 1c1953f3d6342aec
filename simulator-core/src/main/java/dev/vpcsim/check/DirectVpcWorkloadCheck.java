package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-workload Direct VPC rules [DVPC]: {@code direct-vpc-unsupported} (a 1st gen function or App Engine),
 * {@code direct-vpc-and-connector} (a workload names both), {@code direct-vpc-subnet-region} (the subnet is in
 * another region than the workload).
 */
public final class DirectVpcWorkloadCheck implements Check {
    public static final String UNSUPPORTED = "direct-vpc-unsupported";
    public static final String AND_CONNECTOR = "direct-vpc-and-connector";
    public static final String SUBNET_REGION = "direct-vpc-subnet-region";

    @Override
    public List<String> ids() {
        return List.of(UNSUPPORTED, AND_CONNECTOR, SUBNET_REGION);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Workload w : design.workloads()) {
            if (!w.usesDirectVpc()) {
                continue;
            }
            String subnetName = w.directVpcSubnetName().orElse("?");
            if (!supportsDirectVpc(w)) {
                String kind = w.type() == WorkloadType.APP_ENGINE ? "an App Engine app" : "a 1st gen Cloud Function";
                out.add(new Finding(UNSUPPORTED, Severity.ERROR, w.resource(),
                        "workload " + w.name() + " is " + kind + " and asks for Direct VPC egress (subnet "
                                + subnetName + "), which only Cloud Run services, jobs, worker pools and 2nd gen"
                                + " functions support, so the deploy fails.",
                        w.type() == WorkloadType.APP_ENGINE
                                ? "use a Serverless VPC Access connector (vpcConnector) instead of network/subnet."
                                : "move the function to 2nd gen (generation: 2), or use a connector (vpcConnector)"
                                + " instead of network/subnet."));
            }
            if (w.vpcConnector().isPresent()) {
                out.add(new Finding(AND_CONNECTOR, Severity.ERROR, w.resource(),
                        "workload " + w.name() + " names both connector " + w.vpcConnector().get()
                                + " and Direct VPC egress (subnet " + subnetName + "); a workload sends its VPC"
                                + " traffic one way or the other, so the deploy is rejected.",
                        "remove vpcConnector to keep Direct VPC egress, or remove network/subnet to keep the"
                                + " connector."));
            }
            Optional<Subnet> subnet = design.directVpcSubnet(w);
            if (subnet.isPresent() && !subnet.get().region().equals(w.region())) {
                out.add(new Finding(SUBNET_REGION, Severity.ERROR, w.resource(),
                        "workload " + w.name() + " runs in " + w.region() + " but its Direct VPC subnet "
                                + subnet.get().name() + " is in " + subnet.get().region()
                                + ": Direct VPC egress needs a subnet of the workload's own region, so the deploy fails.",
                        "use a subnet in " + w.region() + " (create one of /26 or larger), or deploy " + w.name()
                                + " in " + subnet.get().region() + "."));
            }
        }
        return out;
    }

    static boolean supportsDirectVpc(Workload w) {
        return switch (w.type()) {
            case APP_ENGINE -> false;
            case CLOUD_FUNCTION -> w.generation() != 1;
            case CLOUD_RUN_SERVICE, CLOUD_RUN_JOB, CLOUD_RUN_WORKER_POOL -> true;
        };
    }
}
