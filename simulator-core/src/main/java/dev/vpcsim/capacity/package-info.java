/**
 * Capacity over time ({@code vpcsim simulate}, semantics.md sections 6 and 7): how Serverless VPC Access
 * connectors scale with their workloads' throughput and what they cost, and how Direct VPC egress takes
 * addresses from its subnet, over a run of time steps, with optional Monte Carlo noise.
 * <p>
 * Policy objects, one concept each: {@link dev.vpcsim.capacity.ConnectorScaling},
 * {@link dev.vpcsim.capacity.DirectVpcAddresses}, {@link dev.vpcsim.capacity.InstanceDemand},
 * {@link dev.vpcsim.capacity.CostModel}. The engine ({@link dev.vpcsim.capacity.Simulation}) compiles the
 * design into primitive arrays and advances trackers step by step; each run is a work unit. Results are the
 * records of {@code dev.vpcsim.capacity.report}. Every formula, figure and assumption is in docs/capacity.md.
 */
package dev.vpcsim.capacity;
