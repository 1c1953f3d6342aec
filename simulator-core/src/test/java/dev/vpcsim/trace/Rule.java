package dev.vpcsim.trace;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;
import dev.vpcsim.model.ProtocolPorts;

import java.util.Arrays;
import java.util.List;

/** A firewall rule under construction (INGRESS allow all at 1000 to all instances by default). */
public final class Rule {
    private final String name;
    private Direction direction = Direction.INGRESS;
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

    private Rule(String name) {
        this.name = name;
    }

    public static Rule allow(String name, String... specs) {
        Rule r = new Rule(name);
        r.specs = Fixture.specs(specs);
        return r;
    }

    public static Rule deny(String name, String... specs) {
        Rule r = allow(name, specs);
        r.action = Action.DENY;
        return r;
    }

    public Rule egress() {
        direction = Direction.EGRESS;
        return this;
    }

    public Rule priority(int p) {
        priority = p;
        return this;
    }

    public Rule from(String... ranges) {
        sourceRanges = Arrays.stream(ranges).map(Cidr::of).toList();
        return this;
    }

    public Rule fromTags(String... tags) {
        sourceTags = List.of(tags);
        return this;
    }

    public Rule fromAccounts(String... accounts) {
        sourceAccounts = List.of(accounts);
        return this;
    }

    public Rule to(String... ranges) {
        destinationRanges = Arrays.stream(ranges).map(Cidr::of).toList();
        return this;
    }

    public Rule targetTags(String... tags) {
        targetTags = List.of(tags);
        return this;
    }

    public Rule targetAccounts(String... accounts) {
        targetAccounts = List.of(accounts);
        return this;
    }

    public Rule disabled() {
        disabled = true;
        return this;
    }

    public FirewallRule build() {
        return new FirewallRule(name, direction, priority, action, specs, sourceRanges, sourceTags, sourceAccounts,
                destinationRanges, targetTags, targetAccounts, disabled, Origin.USER, "");
    }
}
