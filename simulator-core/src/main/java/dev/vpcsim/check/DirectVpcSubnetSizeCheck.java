package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code direct-vpc-subnet-too-small}: a subnet used for Direct VPC egress is smaller than a /26 [DVPC]
 * (semantics.md section 7). One finding per subnet, naming its workloads.
 */
public final class DirectVpcSubnetSizeCheck implements Check {
    public static final String ID = "direct-vpc-subnet-too-small";
    static final int LONGEST_PREFIX = 26;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Network n : design.networks()) {
            for (Subnet s : n.subnets()) {
                List<String> users = Usage.names(Usage.directVpcWorkloadsOn(design, n.name(), s));
                if (users.isEmpty() || s.range().prefixLength() <= LONGEST_PREFIX) {
                    continue;
                }
                out.add(new Finding(ID, Severity.ERROR, Resources.subnet(n.name(), s.name()),
                        "subnet " + s.name() + " (" + s.range() + ", a /" + s.range().prefixLength()
                                + ") carries Direct VPC egress for " + Texts.and(users)
                                + ", but Direct VPC needs a /26 or larger subnet, so the deploy fails.",
                        "expand the subnet to a /26 (gcloud compute networks subnets expand-ip-range " + s.name()
                                + " --region=" + s.region() + " --prefix-length=26, 60 usable addresses) or larger,"
                                + " or point the workloads at another subnet of /26 or larger."));
            }
        }
        return out;
    }
}
