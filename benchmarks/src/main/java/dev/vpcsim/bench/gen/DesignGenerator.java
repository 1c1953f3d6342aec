package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Settings;
import dev.vpcsim.trace.Flow;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic designs and flows. The same seed and size always give the same design (equal scenarios),
 * whatever the JVM or the number of threads: every stage draws from its own {@link SplittableRandom} stream
 * split, in a fixed order, from the seed.
 *
 * <p>Designs are valid for {@link DesignBuilder#build()} but deliberately broken here and there: connectors in the
 * wrong region or not running, connectors without managed rules and without the documented user rules, user
 * denies outranking the managed serverless allow, Direct VPC on 1st gen functions and App Engine, workloads
 * with a connector and Direct VPC, one-sided peerings, NAT gateways with no addresses or listing the wrong
 * subnets, stopped VMs, appliances without IP forwarding, next hops nobody holds, closed ports and allow-lists.
 * Across a few hundred seeds every drop and abort cause of the trace vocabulary appears.
 *
 * <pre>{@code
 * Design d = DesignGenerator.small(42);
 * List<Flow> flows = DesignGenerator.flows(d, 42, 20);
 * }</pre>
 */
public final class DesignGenerator {

    /**
     * How big a design is.
     *
     * @param networks      VPC networks
     * @param subnets       subnets over all networks (at least one per network; connector subnets come on top)
     * @param firewallRules user firewall rules over all networks (connector-specific rules come on top)
     * @param workloads     serverless workloads
     * @param endpoints     endpoints of every type
     */
    public record Size(int networks, int subnets, int firewallRules, int workloads, int endpoints) {
        public Size {
            if (networks < 1 || subnets < 0 || firewallRules < 0 || workloads < 0 || endpoints < 0) {
                throw new IllegalArgumentException("bad size: " + networks + "/" + subnets + "/" + firewallRules
                        + "/" + workloads + "/" + endpoints);
            }
            if (networks > 250 || subnets > 40 * networks) {
                throw new IllegalArgumentException("the address plan holds at most 250 networks of 40 subnets");
            }
        }

        /** A typical small design: 3 networks, 8 subnets, 18 rules, 5 workloads, 12 endpoints. */
        public static Size small() {
            return new Size(3, 8, 18, 5, 12);
        }

        /**
         * A small size drawn from the seed: 2-4 networks, 2-12 subnets, 5-30 rules, 2-8 workloads, 4-20 endpoints.
         */
        public static Size small(long seed) {
            SplittableRandom r = new SplittableRandom(seed ^ 0x5EED5EEDL);
            int networks = 2 + r.nextInt(3);
            return new Size(networks, networks + r.nextInt(13 - networks), 5 + r.nextInt(26), 2 + r.nextInt(7),
                    4 + r.nextInt(17));
        }

        /** 100 networks, 2,000 subnets, 10,000 firewall rules, 500 workloads, 5,000 endpoints. */
        public static Size large() {
            return new Size(100, 2_000, 10_000, 500, 5_000);
        }

        /** {@link #large()} with 100,000 firewall rules. */
        public static Size large100kRules() {
            return new Size(100, 2_000, 100_000, 500, 5_000);
        }

        /** True for sizes generated at scale: exact counts, /24 subnets, one 10.N.0.0/16 per network. */
        boolean atScale() {
            return networks >= 20 || firewallRules >= 1_000;
        }
    }

    private DesignGenerator() {
    }

    /** A small design (size from {@link Size#small(long)}) for differential tests. */
    public static Design small(long seed) {
        return generate(Size.small(seed), seed);
    }

    /** The large design of the benchmarks. */
    public static Design large(long seed) {
        return generate(Size.large(), seed);
    }

    /**
     * A design of the given size. Small sizes vary the per-network counts around the nominal ones; sizes at scale
     * (20 networks or more, or 1,000 rules or more) use exact counts.
     *
     * @throws IllegalStateException if a network's /16 cannot hold its ranges
     */
    public static Design generate(Size size, long seed) {
        return builder(size, seed).build();
    }

    /** The builder of {@link #generate(Size, long)}, for what-if variants. */
    public static DesignBuilder builder(Size size, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom topology = root.split();
        SplittableRandom access = root.split();
        SplittableRandom endpoints = root.split();
        SplittableRandom policy = root.split();
        SplittableRandom detours = root.split();
        SplittableRandom wild = root.split();
        boolean scale = size.atScale();
        List<String> regions = scale ? Pools.REGIONS
                : Pools.REGIONS.subList(0, 1 + (topology.nextDouble() < 0.7 ? 1 : 0));
        Draft d = new Draft(size, scale, regions);
        d.rfc6598InPrivateRanges = topology.nextDouble() < 0.2;
        d.wild = !scale && wild.nextDouble() < 0.35;
        TopologyGen.networks(d, topology);
        AccessGen.connectors(d, access);
        TopologyGen.peerings(d, topology);
        TopologyGen.nats(d, topology);
        WildGen.overlaps(d, wild);
        EndpointGen.endpoints(d, endpoints);
        WildGen.duplicateAddresses(d, wild);
        AccessGen.workloads(d, access);
        WildGen.crossings(d, wild);
        RouteGen.routes(d, policy);
        FirewallGen.firewall(d, policy);
        RouteGen.peerDetours(d, detours);
        DesignBuilder b = new DesignBuilder("synthetic-" + seed)
                .description("generated by DesignGenerator, seed " + seed + ", " + size)
                .settings(new Settings(d.rfc6598InPrivateRanges));
        d.nets.forEach(n -> b.network(n.toNetwork()));
        d.connectors.forEach(b::connector);
        d.workloads.forEach(b::workload);
        d.endpoints.forEach(b::endpoint);
        return b;
    }

    /**
     * {@code n} random flows over the design: from a workload (now and then an unknown one) to an endpoint name or
     * a raw address (an endpoint's, public, RFC 6598, a Google API address, an unknown private address, inside a
     * private-services-access range, on-premises, now and then not an address at all), over tcp, udp or icmp, to
     * listed and unlisted ports or the default port. Never an address inside a connector's range.
     */
    public static List<Flow> flows(Design design, long seed, int n) {
        return new FlowGenerator(design, seed).flows(n);
    }
}
