package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Who uses what: workloads of a connector, Direct VPC workloads of a subnet, backend ports of a network. */
final class Usage {
    private Usage() {
    }

    /** Workloads that name the connector, file order. */
    static List<Workload> workloadsOf(Design design, Connector c) {
        return design.workloads().stream()
                .filter(w -> w.vpcConnector().isPresent() && w.vpcConnector().get().equals(c.name())).toList();
    }

    static List<String> names(List<Workload> workloads) {
        return workloads.stream().map(Workload::name).toList();
    }

    /** Workloads whose Direct VPC egress resolves to this subnet of this network, file order. */
    static List<Workload> directVpcWorkloadsOn(Design design, String network, Subnet subnet) {
        List<Workload> out = new ArrayList<>();
        for (Workload w : design.workloads()) {
            if (!w.usesDirectVpc()) {
                continue;
            }
            Optional<String> net = design.directVpcNetwork(w).map(n -> n.name());
            Optional<Subnet> sub = design.directVpcSubnet(w);
            if (net.isPresent() && net.get().equals(network) && sub.isPresent()
                    && sub.get().name().equals(subnet.name())) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * What the network's VMs and internal load balancers listen on, sorted ({@code tcp:5432, tcp:80}); empty
     * when none lists its ports. Managed services are left out: the network's INGRESS rules do not apply to them.
     */
    static List<String> backendPorts(Design design, String network) {
        TreeSet<String> ports = new TreeSet<>();
        for (Endpoint e : design.endpoints()) {
            if (e.network().isPresent() && e.network().get().equals(network) && e.type().isInNetwork()
                    && !e.type().isManagedService()) {
                e.ports().forEach(p -> ports.add(p.toString()));
            }
        }
        return List.copyOf(ports);
    }

    /** {@code tcp:5432} (what the backends listen on), or a generic phrase. */
    static String backendPortsText(Design design, String network) {
        List<String> ports = backendPorts(design, network);
        return ports.isEmpty() ? "the ports your backends listen on"
                : String.join(",", ports) + " (what the backends in " + network + " listen on)";
    }
}
