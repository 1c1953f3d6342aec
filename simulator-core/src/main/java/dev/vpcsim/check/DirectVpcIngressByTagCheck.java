package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code direct-vpc-ingress-by-tag} [DVPC][CT]: an enabled INGRESS rule of a Direct VPC workload's network whose
 * source tags include one of the workload's network tags, or whose source service accounts include its service
 * account. Such rules do not match Direct VPC traffic (INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS).
 * One finding per rule and workload.
 */
public final class DirectVpcIngressByTagCheck implements Check {
    public static final String ID = "direct-vpc-ingress-by-tag";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Workload w : design.workloads()) {
            if (!w.usesDirectVpc()) {
                continue;
            }
            Optional<Network> net = design.directVpcNetwork(w);
            if (net.isEmpty()) {
                continue;
            }
            for (FirewallRule r : net.get().firewall()) {
                if (r.disabled() || r.direction() != Direction.INGRESS) {
                    continue;
                }
                List<String> by = matchedBy(r, w);
                if (!by.isEmpty()) {
                    out.add(finding(design, net.get(), r, w, by));
                }
            }
        }
        return out;
    }

    private static List<String> matchedBy(FirewallRule r, Workload w) {
        List<String> by = new ArrayList<>();
        for (String tag : w.networkTags()) {
            if (r.sourceTags().contains(tag)) {
                by.add("source tag " + tag);
            }
        }
        if (w.serviceAccount().isPresent() && r.sourceServiceAccounts().contains(w.serviceAccount().get())) {
            by.add("source service account " + w.serviceAccount().get());
        }
        return by;
    }

    private static Finding finding(Design design, Network n, FirewallRule r, Workload w, List<String> by) {
        String range = design.directVpcSubnet(w).map(Subnet::range).map(c -> c.blockText()).orElse("its subnet's range");
        String subnet = design.directVpcSubnet(w).map(s -> " (subnet " + s.name() + ")").orElse("");
        return new Finding(ID, Severity.WARNING, Resources.rule(n.name(), r.name()),
                "INGRESS rule " + r.name() + " (" + r.action() + ") means to match Direct VPC workload " + w.name()
                        + " by " + Texts.and(by) + ", but ingress rules cannot identify Direct VPC traffic by tags"
                        + " or service accounts: the rule never applies to it"
                        + (r.action() == FirewallRule.Action.ALLOW
                        ? ", so its traffic falls through to lower rules (often the implied deny)."
                        : ", so the traffic it means to block is not blocked by it."),
                "match the workload by address: put " + range + subnet + " in sourceRanges of " + r.name()
                        + " instead of " + Texts.and(by) + ".");
    }
}
