package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code all-traffic-without-nat} (seed 000, "Common mistakes": using all-traffic without Cloud NAT) [NAT][RUNCONN]:
 * a workload with {@code vpcEgress: all-traffic} whose egress path (the connector's subnet, or the Direct VPC
 * subnet) has no Cloud NAT of the same network and region covering that subnet ({@link Nat#covers}). Coverage
 * is all that counts, as cli.md words it: a covering NAT with manual addresses and an empty list is a NAT
 * (traces show its CLOUD_NAT_NO_ADDRESSES drop; the bundled library's scenario 12 relies on this reading).
 * A workload naming both a connector and Direct VPC is left to direct-vpc-and-connector.
 */
public final class AllTrafficWithoutNatCheck implements Check {
    public static final String ID = "all-traffic-without-nat";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Workload w : design.workloads()) {
            if (w.vpcEgress() != VpcEgress.ALL_TRAFFIC || w.usesDirectVpc() == w.vpcConnector().isPresent()) {
                continue;
            }
            Optional<Path> path = path(design, w);
            if (path.isEmpty()) {
                continue;
            }
            check(w, path.get()).ifPresent(out::add);
        }
        return out;
    }

    /** Where the workload's traffic enters the VPC. */
    private record Path(Network network, Subnet subnet, String via) {
    }

    private static Optional<Path> path(Design design, Workload w) {
        if (w.vpcConnector().isPresent()) {
            Optional<Connector> c = design.connectorOf(w);
            return c.flatMap(conn -> design.network(conn.network()).map(n -> new Path(n, design.connectorSubnet(conn),
                    "connector " + conn.name())));
        }
        Optional<Network> n = design.directVpcNetwork(w);
        Optional<Subnet> s = design.directVpcSubnet(w);
        if (n.isEmpty() || s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Path(n.get(), s.get(), "Direct VPC egress"));
    }

    private static Optional<Finding> check(Workload w, Path p) {
        String region = p.subnet().region();
        if (p.network().nats().stream().anyMatch(nat -> nat.region().equals(region) && nat.covers(p.subnet()))) {
            return Optional.empty();
        }
        boolean hidden = p.subnet().purpose() == Subnet.Purpose.CONNECTOR;
        String subnetText = hidden ? "the connector's hidden subnet (" + p.subnet().range() + ")"
                : "subnet " + p.subnet().name() + " (" + p.subnet().range() + ")";
        String start = "workload " + w.name() + " sends all traffic (vpcEgress: all-traffic) into network "
                + p.network().name() + " through " + p.via() + ", ";
        String end = " Internet destinations are dropped without any error from the service.";
        List<Nat> inRegion = p.network().nats().stream().filter(nat -> nat.region().equals(region)).toList();
        String why;
        String fix;
        if (inRegion.isEmpty()) {
            why = "but the network has no Cloud NAT in " + region + ".";
            fix = "add a Cloud NAT in " + region + " on network " + p.network().name() + " with sourceSubnetworks: all";
        } else {
            Nat nat = inRegion.get(0);
            why = "but Cloud NAT " + nat.name() + " in " + region + " does not cover " + subnetText
                    + (hidden ? " (a range-created connector's hidden subnet is covered only by sourceSubnetworks:"
                    + " all, ASSUMPTION)." : " (sourceSubnetworks lists " + Texts.and(nat.sourceSubnetworks()) + ").");
            fix = hidden ? "set sourceSubnetworks: all on " + nat.name()
                    : "add " + p.subnet().name() + " to sourceSubnetworks of " + nat.name();
        }
        return Optional.of(new Finding(ID, Severity.WARNING, w.resource(),
                start + why + " Connector and Direct VPC traffic has no external address of its own"
                        + " (NO_EXTERNAL_ADDRESS)." + end,
                fix + ", or use vpcEgress: private-ranges-only if " + w.name() + " needs no internet access."));
    }
}
