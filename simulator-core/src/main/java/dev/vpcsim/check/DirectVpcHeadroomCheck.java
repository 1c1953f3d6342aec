package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code direct-vpc-ip-headroom} [DVPC] (semantics.md section 7): during a rollout at max instances both
 * revisions hold 2 addresses per instance, so a workload needs 2 x 2 x maxInstances addresses; the needs of
 * every Direct VPC workload on the subnet are summed, then reserved in blocks of 16. A total above the subnet's
 * usable addresses (size - 4) warns, with the smallest prefix that would hold it. ASSUMPTION: jobs are counted
 * with the same formula (their retained task addresses make a similar double count).
 */
public final class DirectVpcHeadroomCheck implements Check {
    public static final String ID = "direct-vpc-ip-headroom";
    static final int ADDRESSES_PER_INSTANCE = 2;
    static final int REVISIONS = 2;
    static final int BLOCK = 16;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Network n : design.networks()) {
            for (Subnet s : n.subnets()) {
                List<Workload> users = Usage.directVpcWorkloadsOn(design, n.name(), s);
                if (users.isEmpty()) {
                    continue;
                }
                long held = 0;
                List<String> parts = new ArrayList<>();
                for (Workload w : users) {
                    long need = (long) ADDRESSES_PER_INSTANCE * REVISIONS * w.scaling().maxInstances();
                    held += need;
                    parts.add(w.name() + " 2 x 2 x " + w.scaling().maxInstances() + " = " + need);
                }
                long reserved = reserved(held);
                long usable = s.usableAddresses();
                if (reserved <= usable) {
                    continue;
                }
                int prefix = smallestPrefixHolding(reserved);
                out.add(new Finding(ID, Severity.WARNING, Resources.subnet(n.name(), s.name()),
                        "a rollout at max instances needs " + reserved + " addresses on subnet " + s.name() + " ("
                                + s.range() + ", " + usable + " usable): " + String.join(", ", parts) + ", total "
                                + held + ", reserved in blocks of 16 = " + reserved
                                + ". New instances then fail to start (insufficient free IP addresses in the"
                                + " subnetwork).",
                        "expand the subnet to a /" + prefix + " (" + usable(prefix) + " usable addresses), or lower"
                                + " maxInstances so that 4 x the sum of maxInstances, rounded up to 16, stays within "
                                + usable + "."));
            }
        }
        return out;
    }

    /** Held addresses rounded up to whole blocks of 16. */
    static long reserved(long held) {
        return (held + BLOCK - 1) / BLOCK * BLOCK;
    }

    /** The longest prefix (never longer than /26) whose usable addresses hold the count; 8 at most. */
    static int smallestPrefixHolding(long addresses) {
        for (int p = DirectVpcSubnetSizeCheck.LONGEST_PREFIX; p >= 8; p--) {
            if (usable(p) >= addresses) {
                return p;
            }
        }
        return 8;
    }

    static long usable(int prefix) {
        return (1L << (32 - prefix)) - 4;
    }
}
