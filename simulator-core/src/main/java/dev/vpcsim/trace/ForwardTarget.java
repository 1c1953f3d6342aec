package dev.vpcsim.trace;

/** Where a packet leaves the model. */
public enum ForwardTarget { VPN_GATEWAY, ROUTER_APPLIANCE }
