/**
 * Route selection [ROUTES][PEER] (semantics.md section 4): per network, an index of the candidate routes that
 * {@code Design.routes} derives (subnet routes, the default route, static routes, routes learned over peerings)
 * answering "which routes win for this destination and this source" by longest prefix, with subnet routes that
 * static routes cannot override, tags, priority and equal-cost ties.
 */
package dev.vpcsim.routing;
