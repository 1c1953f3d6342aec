package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shadowed-firewall-rule} [FW]: an enabled user rule that can never decide a packet, because enabled user
 * rules of the same network and direction with strictly higher precedence ({@link FirewallRule#outranks}) together
 * match every packet it matches ({@link ShadowAnalysis}, sound: a rule that could still decide a packet is never
 * reported). Managed and implied rules never shadow; disabled rules neither shadow nor are reported.
 * <p>
 * The analysis runs per network and direction through a {@link ShadowSearch}, which gives the answers of
 * {@link ShadowAnalysis} on all outranking rules while looking at only the few rules that can matter (10,000 rules
 * in well under a second instead of tens of seconds).
 */
public final class ShadowedRuleCheck implements Check {
    public static final String ID = "shadowed-firewall-rule";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Network n : design.networks()) {
            // design.firewall is already in precedence order (FirewallRule.PRECEDENCE)
            List<FirewallRule> rules = design.firewall(n.name()).stream()
                    .filter(r -> !r.disabled() && r.origin() == FirewallRule.Origin.USER).toList();
            Map<Direction, ShadowSearch> searches = new EnumMap<>(Direction.class);
            Map<Direction, Integer> next = new EnumMap<>(Direction.class);
            for (Direction d : Direction.values()) {
                searches.put(d, new ShadowSearch(rules.stream().filter(r -> r.direction() == d).toList()));
                next.put(d, 0);
            }
            for (FirewallRule r : rules) {
                int i = next.merge(r.direction(), 1, Integer::sum) - 1;
                searches.get(r.direction()).coveringRules(i).ifPresent(c -> out.add(finding(n, r, c)));
            }
        }
        return out;
    }

    private static Finding finding(Network n, FirewallRule r, List<FirewallRule> covering) {
        List<String> names = covering.stream().map(Texts::rule).toList();
        int best = covering.stream().mapToInt(FirewallRule::priority).min().orElse(r.priority());
        boolean sameAction = covering.stream().allMatch(c -> c.action() == r.action());
        String effect = sameAction ? "it is redundant" : "its " + r.action() + " never takes effect";
        String fix = best > 0
                ? "delete " + r.name() + ", or, if it is meant to decide these packets, give it a priority number"
                + " lower than " + best + " (or narrow " + Texts.and(covering.stream().map(FirewallRule::name).toList())
                + ")."
                : "delete " + r.name() + ", or narrow " + Texts.and(covering.stream().map(FirewallRule::name).toList())
                + " if it is meant to decide these packets.";
        return new Finding(ID, Severity.WARNING, Resources.rule(n.name(), r.name()),
                r.direction() + " rule " + r.name() + " (priority " + r.priority() + ", " + r.action() + " "
                        + Texts.specs(r.rules()) + ") can never decide a packet: every packet it matches is"
                        + " matched first by " + Texts.and(names) + ", so " + effect + ".",
                fix);
    }
}
