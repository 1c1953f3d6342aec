/**
 * VPC firewall semantics [FW]: which rules match a packet ({@link dev.vpcsim.firewall.RuleMatch}, the one
 * definition of matching used by the engines and the checks) and, built once per design, indexes that find the
 * deciding rule without scanning every rule.
 */
package dev.vpcsim.firewall;
