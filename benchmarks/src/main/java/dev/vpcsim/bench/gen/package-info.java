/**
 * Seeded synthetic designs and flows for differential tests and benchmarks.
 * {@link dev.vpcsim.bench.gen.DesignGenerator} builds a {@link dev.vpcsim.model.Design} through
 * {@link dev.vpcsim.model.DesignBuilder} from one seed (every component draws from its own
 * {@link java.util.SplittableRandom} stream split from that seed), so the same seed always gives the same design.
 * Designs are buildable (every reference is valid) but deliberately contain broken configurations
 * (stopped VMs, connectors in the wrong region or state, NAT without addresses, one-sided peerings, ...)
 * so that every drop and abort cause of the trace vocabulary appears across seeds.
 *
 * <p>The generator steers clear of the places where the specification leaves a choice to the engine and
 * a difference would not be a bug: address ranges never overlap (no two subnets, secondary, connector or
 * private-services-access ranges share an address), endpoint addresses are unique, firewall source ranges
 * never cut a source block (a connector's /28, a Direct VPC subnet, 35.199.224.0/19) in part, and raw
 * destination addresses never fall inside a connector's range.
 */
package dev.vpcsim.bench.gen;
