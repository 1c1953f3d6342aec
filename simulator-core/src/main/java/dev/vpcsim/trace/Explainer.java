package dev.vpcsim.trace;

import dev.vpcsim.firewall.NearMisses;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.RouteEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Near misses of a dropped flow: every setting that would have to change for it to pass. The first blocker is
 * explained (with the firewall rules that differ in one setting, or the routes that do not apply); then the
 * flow is traced again with that check pretending to pass, to find the next blocker, and so on.
 */
final class Explainer {
    private static final int MAX_ROUNDS = 6;
    private static final int MAX_RULES = 8;

    private Explainer() {
    }

    static List<String> nearMisses(TraceEngine engine, Flow flow, TraceEngine.Run first) {
        List<String> out = new ArrayList<>();
        String note = first.ctx() != null && Ends.several(first.root().ends) ? first.ctx().ecmpNote() : null;
        if (note != null) {
            out.add("equal-cost paths: " + note);
        }
        TraceEngine.Run run = first;
        int relax = Relax.NONE;
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Walk w = run.root();
            if (w.finalState != StepState.DROP) {
                if (round > 1) {
                    out.add("with those changes the flow would end in " + Ends.describe(w.ends));
                }
                break;
            }
            Step deciding = w.steps.get(w.steps.size() - 2 >= 0 ? w.steps.size() - 2 : 0);
            out.add((round == 1 ? "" : "then ") + w.drop + " at " + deciding.resource() + ": " + w.fix);
            details(run.ctx(), w, out);
            int bit = Relax.of(w.drop, deciding.state() == StepState.APPLY_EGRESS_FIREWALL_RULE);
            if (bit == Relax.NONE || (relax & bit) != 0) {
                break;
            }
            relax |= bit;
            run = engine.run(flow, relax);
        }
        return out;
    }

    private static void details(Ctx c, Walk w, List<String> out) {
        Blocker b = w.blocker;
        if (b == null) {
            return;
        }
        if (b.firewall()) {
            FirewallRule blocking = b.rules().get(b.blocking());
            Direction d = b.rules().direction();
            List<FirewallRule> all = c.ix.design.firewall(b.net().name);
            for (String line : NearMisses.of(all, d, b.packet(), blocking, b.directVpcSource(), MAX_RULES)) {
                out.add("  " + line);
            }
            return;
        }
        List<String> tags = b.net().index == c.src.entry.net.index ? c.src.entry.tags : List.of();
        for (RouteEntry r : b.net().routes.holding(c.dst)) {
            if (!r.tags().isEmpty()) {
                out.add("  " + r.resource() + " (" + r.destRange().blockText() + ", tags " + String.join(", ", r.tags())
                        + ") would route it, but the source carries " + (tags.isEmpty() ? "no tags here"
                        : "only tags " + String.join(", ", tags)));
            }
        }
    }
}
