package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;

/**
 * Maps {@code networks[i].firewall[j]}: direction INGRESS by default, priority 1000 by default, exactly one of
 * {@code allow} / {@code deny} with at least one protocol/port spec, source keys on INGRESS rules only and
 * {@code destinationRanges} on EGRESS rules only.
 */
final class FirewallMapper {
    private static final List<String> INGRESS_ONLY = List.of("sourceRanges", "sourceTags", "sourceServiceAccounts");
    private final Input in;

    FirewallMapper(Input in) {
        this.in = in;
    }

    FirewallRule rule(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a firewall rule", "name", "direction", "priority", "allow", "deny",
                "sourceRanges", "sourceTags", "sourceServiceAccounts", "destinationRanges", "targetTags",
                "targetServiceAccounts", "disabled");
        String name = f.string("name");
        Direction direction = f.choice("direction", Direction.INGRESS, List.of(Direction.values()), Direction::name);
        if (direction == Direction.EGRESS) {
            for (String key : INGRESS_ONLY) {
                f.forbid(key, "applies to INGRESS rules only (this rule is EGRESS)");
            }
        } else {
            f.forbid("destinationRanges", "applies to EGRESS rules only (this rule is INGRESS)");
        }
        int priority = f.integer("priority", FirewallRule.DEFAULT_PRIORITY, 0, 65535);
        String actionKey = f.exactlyOne("a firewall rule", "allow", "deny");
        Action action = actionKey.equals("allow") ? Action.ALLOW : Action.DENY;
        List<ProtocolPorts> specs = f.values(actionKey, (n, at) -> Values.spec(in, n, at));
        if (specs.isEmpty()) {
            Node at = f.get(actionKey).orElse(f.entry(actionKey).orElseThrow().value());
            throw in.error(at, f.path(actionKey), "must list at least one protocol/port spec " + Values.SPEC_FORMS);
        }
        List<Cidr> sourceRanges = f.values("sourceRanges", (n, at) -> Values.cidr(in, n, at));
        List<String> sourceTags = strings(f, "sourceTags");
        List<String> sourceAccounts = strings(f, "sourceServiceAccounts");
        List<Cidr> destinationRanges = f.values("destinationRanges", (n, at) -> Values.cidr(in, n, at));
        List<String> targetTags = strings(f, "targetTags");
        List<String> targetAccounts = strings(f, "targetServiceAccounts");
        boolean disabled = f.bool("disabled", false);
        return in.build(node, path, () -> new FirewallRule(name, direction, priority, action, specs, sourceRanges,
                sourceTags, sourceAccounts, destinationRanges, targetTags, targetAccounts, disabled,
                FirewallRule.Origin.USER, ""));
    }

    private List<String> strings(Fields f, String key) {
        return f.values(key, (n, at) -> Values.string(in, n, at));
    }
}
