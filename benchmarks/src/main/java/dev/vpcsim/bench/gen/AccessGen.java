package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/** Serverless VPC Access connectors and the workloads that use them or Direct VPC egress. */
final class AccessGen {
    private AccessGen() {
    }

    /** Connectors: by range (hidden subnet) or by a /28 subnet, in various states, managed or not. */
    static void connectors(Draft d, SplittableRandom r) {
        int k = 0;
        for (Draft.Net n : d.nets) {
            int count = d.large ? 1 + r.nextInt(2) : r.nextInt(3);
            for (int i = 0; i < count; i++) {
                String name = "conn-" + k++;
                String region = pick(r, d.regions);
                Optional<Cidr> range = Optional.empty();
                Optional<String> subnet = Optional.empty();
                if (d.large || chance(r, 0.7)) {
                    // at scale, ranges only (the subnet count stays exact); now and then a /27: it loads
                    // (check reports connector-range-size) and traces like a /28
                    range = n.alloc.next(chance(r, 0.05) ? 27 : 28);
                } else {
                    Optional<Cidr> block = n.alloc.next(28);
                    if (block.isPresent()) {
                        String sn = "n" + n.index + "-" + name;
                        n.subnets.add(new Subnet(sn, region, block.get(), java.util.Map.of(), chance(r, 0.5),
                                Subnet.Purpose.PRIVATE));
                        n.connectorSubnets.add(sn);
                        subnet = Optional.of(sn);
                    }
                }
                if (range.isEmpty() && subnet.isEmpty()) {
                    continue;
                }
                d.connectors.add(new Connector(name, region, n.name, range, subnet, pick(r, Pools.MACHINE_TYPES),
                        2, 10, Optional.empty(), Connector.DEFAULT_SCALE_OUT_DELAY_SECONDS, Optional.empty(),
                        state(r), !chance(r, 0.15)));
            }
        }
    }

    private static ConnectorState state(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.75) {
            return ConnectorState.READY;
        }
        if (x < 0.83) {
            return ConnectorState.UPDATING;
        }
        ConnectorState[] broken = {ConnectorState.CREATING, ConnectorState.DELETING, ConnectorState.ERROR};
        return broken[r.nextInt(broken.length)];
    }

    /** Workloads of every type, with no VPC access, a connector (sometimes of another region), Direct VPC, or both. */
    static void workloads(Draft d, SplittableRandom r) {
        for (int i = 0; i < d.size.workloads(); i++) {
            WorkloadType type = type(r);
            int generation = type == WorkloadType.CLOUD_FUNCTION && chance(r, 0.3) ? 1 : 2;
            String region = pick(r, d.regions);
            Optional<String> connector = Optional.empty();
            Optional<String> network = Optional.empty();
            Optional<String> subnet = Optional.empty();
            double access = r.nextDouble();
            boolean unsupportedType = type == WorkloadType.APP_ENGINE || generation == 1;
            if (unsupportedType && access >= 0.45 && access < 0.8 && chance(r, 0.6)) {
                access = r.nextDouble() * 0.45; // most of them use a connector, as they must
            }
            if (access < 0.45 || access >= 0.97) {
                connector = connector(d, r, region);
            }
            if (access >= 0.45) {
                Optional<String[]> dv = directVpc(d, r, region);
                if (dv.isPresent()) {
                    network = Optional.ofNullable(dv.get()[0]);
                    subnet = Optional.ofNullable(dv.get()[1]);
                }
            }
            if (access >= 0.8 && access < 0.97) {
                network = Optional.empty();
                subnet = Optional.empty();
            }
            List<String> tags = chance(r, 0.6) ? Pools.some(r, Pools.TAGS.subList(0, 7), 2) : List.of();
            Optional<String> sa = chance(r, 0.7) ? Optional.of(pick(r, Pools.SERVICE_ACCOUNTS)) : Optional.empty();
            VpcEgress egress = chance(r, 0.45) ? VpcEgress.ALL_TRAFFIC : VpcEgress.PRIVATE_RANGES_ONLY;
            d.workloads.add(new Workload("wl-" + i, type, generation, region, sa, connector, network, subnet,
                    tags, egress, Scaling.DEFAULT));
        }
    }

    private static WorkloadType type(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.45) {
            return WorkloadType.CLOUD_RUN_SERVICE;
        }
        if (x < 0.6) {
            return WorkloadType.CLOUD_RUN_JOB;
        }
        if (x < 0.7) {
            return WorkloadType.CLOUD_RUN_WORKER_POOL;
        }
        return x < 0.9 ? WorkloadType.CLOUD_FUNCTION : WorkloadType.APP_ENGINE;
    }

    private static Optional<String> connector(Draft d, SplittableRandom r, String region) {
        if (d.connectors.isEmpty()) {
            return Optional.empty();
        }
        List<Connector> same = d.connectors.stream().filter(c -> c.region().equals(region)).toList();
        if (same.isEmpty() && chance(r, 0.6)) {
            return Optional.empty();
        }
        Connector c = !same.isEmpty() && chance(r, 0.92) ? pick(r, same) : pick(r, d.connectors);
        return Optional.of(c.name());
    }

    /**
     * A Direct VPC subnet of the workload's region, written as network + subnet, subnet alone, or a lone network
     * (when the network has a subnet of its own name). Returns {network-or-null, subnet-or-null}.
     */
    private static Optional<String[]> directVpc(Draft d, SplittableRandom r, String region) {
        List<String[]> options = new ArrayList<>();
        for (Draft.Net n : d.nets) {
            for (Subnet s : n.hostSubnets()) {
                if (s.region().equals(region)) {
                    options.add(new String[] {n.name, s.name()});
                }
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        String[] o = options.get(r.nextInt(options.size()));
        double form = r.nextDouble();
        if (o[0].equals(o[1]) && form < 0.5) {
            return Optional.of(new String[] {o[0], null});
        }
        return Optional.of(form < 0.65 ? o : new String[] {null, o[1]});
    }
}
