/**
 * The immutable, serializable model of a design: what a scenario file says (networks, subnets, routes,
 * firewall rules, NAT, peerings, connectors, workloads, endpoints, intents, traffic) and what
 * {@link dev.vpcsim.model.Design} derives from it the way Google Cloud does implicitly (implied firewall
 * rules, managed connector rules, the default route, subnet routes, peering routes, the connector's hidden
 * subnet and network tags). Value types validate themselves in their compact constructors; cross-references
 * are resolved once, in {@link dev.vpcsim.model.DesignBuilder#build()}, which reports the offending object
 * by its YAML path through {@link dev.vpcsim.model.ModelException}. Nothing here prints or reads files.
 */
package dev.vpcsim.model;
