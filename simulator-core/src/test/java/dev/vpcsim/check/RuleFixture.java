package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.ProtocolPorts;

import java.util.Arrays;
import java.util.List;

/** Firewall rule builder: allow all from 0.0.0.0/0 to all instances, priority 1000, unless told otherwise. */
final class RuleFixture {
    private final String name;
    private final Direction direction;
    private int priority = FirewallRule.DEFAULT_PRIORITY;
    private Action action = Action.ALLOW;
    private List<ProtocolPorts> specs = List.of(ProtocolPorts.ALL);
    private List<Cidr> sourceRanges = List.of();
    private List<String> sourceTags = List.of();
    private List<String> sourceAccounts = List.of();
    private List<Cidr> destinationRanges = List.of();
    private List<String> targetTags = List.of();
    private List<String> targetAccounts = List.of();
    private boolean disabled;

    RuleFixture(String name, Direction direction) {
        this.name = name;
        this.direction = direction;
    }

    RuleFixture priority(int p) {
        priority = p;
        return this;
    }

    RuleFixture allow(String... s) {
        action = Action.ALLOW;
        specs = Arrays.stream(s).map(ProtocolPorts::of).toList();
        return this;
    }

    RuleFixture deny(String... s) {
        action = Action.DENY;
        specs = Arrays.stream(s).map(ProtocolPorts::of).toList();
        return this;
    }

    RuleFixture from(String... cidrs) {
        sourceRanges = Arrays.stream(cidrs).map(Cidr::of).toList();
        return this;
    }

    RuleFixture sourceTags(String... tags) {
        sourceTags = List.of(tags);
        return this;
    }

    RuleFixture sourceAccounts(String... accounts) {
        sourceAccounts = List.of(accounts);
        return this;
    }

    RuleFixture to(String... cidrs) {
        destinationRanges = Arrays.stream(cidrs).map(Cidr::of).toList();
        return this;
    }

    RuleFixture targetTags(String... tags) {
        targetTags = List.of(tags);
        return this;
    }

    RuleFixture targetAccounts(String... accounts) {
        targetAccounts = List.of(accounts);
        return this;
    }

    RuleFixture disabled() {
        disabled = true;
        return this;
    }

    FirewallRule build() {
        return new FirewallRule(name, direction, priority, action, specs, sourceRanges, sourceTags,
                sourceAccounts, destinationRanges, targetTags, targetAccounts, disabled,
                FirewallRule.Origin.USER, "");
    }
}
