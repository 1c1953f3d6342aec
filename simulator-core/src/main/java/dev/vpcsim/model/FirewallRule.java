package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A VPC firewall rule [FW]: user-written, implied, or created by Google for a connector.
 *
 * @param name                  rule name ({@code implied-allow-egress}, {@code implied-deny-ingress} and
 *                              {@code serverless-vpc-access-managed} for the derived ones)
 * @param direction             INGRESS or EGRESS
 * @param priority              0..65535, lower wins; deny beats allow at equal priority
 * @param action                ALLOW or DENY
 * @param rules                 protocols and ports the rule matches
 * @param sourceRanges          INGRESS only
 * @param sourceTags            INGRESS only
 * @param sourceServiceAccounts INGRESS only
 * @param destinationRanges     EGRESS only; empty = 0.0.0.0/0
 * @param targetTags            empty together with targetServiceAccounts: all instances
 * @param targetServiceAccounts see targetTags
 * @param disabled              a disabled rule does not exist for matching
 * @param origin                who made the rule
 * @param detail                for derived rules, what it is for (empty for user rules)
 */
public record FirewallRule(String name, Direction direction, int priority, Action action, List<ProtocolPorts> rules,
                           List<Cidr> sourceRanges, List<String> sourceTags, List<String> sourceServiceAccounts,
                           List<Cidr> destinationRanges, List<String> targetTags, List<String> targetServiceAccounts,
                           boolean disabled, Origin origin, String detail) implements Serializable {

    public static final int DEFAULT_PRIORITY = 1000;
    public static final int IMPLIED_PRIORITY = 65535;

    /**
     * Precedence order, the order of {@code Design.firewall}: priority, deny before allow, then origin, name and
     * detail so that the order is total and deterministic (rule names are unique per network among user rules).
     */
    public static final java.util.Comparator<FirewallRule> PRECEDENCE =
            java.util.Comparator.comparingInt(FirewallRule::priority)
                    .thenComparing(r -> r.action() == Action.DENY ? 0 : 1)
                    .thenComparing(FirewallRule::origin)
                    .thenComparing(FirewallRule::name)
                    .thenComparing(FirewallRule::detail);

    /** Traffic direction relative to the target instance. */
    public enum Direction { INGRESS, EGRESS }

    /** What a matching rule does. */
    public enum Action { ALLOW, DENY }

    /** Who created the rule. */
    public enum Origin {
        /** Written in the scenario file. */
        USER,
        /** The implied allow-egress and deny-ingress rules of every network. */
        IMPLIED,
        /** Created by Google for a connector in the network's own or host project (SERVERLESS_VPC_ACCESS_MANAGED_FIREWALL_RULE). */
        MANAGED
    }

    public FirewallRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detail, "detail");
        if (priority < 0 || priority > 65535) {
            throw new IllegalArgumentException("firewall priority out of range: " + priority);
        }
        rules = List.copyOf(rules);
        sourceRanges = List.copyOf(sourceRanges);
        sourceTags = List.copyOf(sourceTags);
        sourceServiceAccounts = List.copyOf(sourceServiceAccounts);
        destinationRanges = List.copyOf(destinationRanges);
        targetTags = List.copyOf(targetTags);
        targetServiceAccounts = List.copyOf(targetServiceAccounts);
    }

    /** True when the rule applies to every instance of the network. */
    public boolean targetsAllInstances() {
        return targetTags.isEmpty() && targetServiceAccounts.isEmpty();
    }

    /** The effective destination ranges of an EGRESS rule (0.0.0.0/0 when none are given). */
    public List<Cidr> effectiveDestinationRanges() {
        return destinationRanges.isEmpty() ? List.of(Cidr.ALL) : destinationRanges;
    }

    /** {@code firewall/NAME}, the resource name used in traces and findings. */
    public String resource() {
        return "firewall/" + name;
    }

    /** True when this rule outranks the other: a lower priority number, or the same with deny over allow. */
    public boolean outranks(FirewallRule other) {
        if (priority != other.priority) {
            return priority < other.priority;
        }
        return action == Action.DENY && other.action == Action.ALLOW;
    }
}
