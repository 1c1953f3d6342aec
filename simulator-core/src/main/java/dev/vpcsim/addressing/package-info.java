/**
 * IPv4 address classes and address lookups built once per design: which addresses are publicly routable
 * (semantics.md section 2), which go into the VPC under {@code private-ranges-only}, the Private Google Access
 * ranges, and the sorted tables that find the endpoint or private-services-access range holding an address
 * without scanning. Addresses are unsigned 32-bit values in a {@code long}, as {@link dev.vpcsim.model.Cidr} has them.
 */
package dev.vpcsim.addressing;
