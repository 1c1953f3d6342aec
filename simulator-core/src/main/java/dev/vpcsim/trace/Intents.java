package dev.vpcsim.trace;

import dev.vpcsim.check.Finding;
import dev.vpcsim.check.Severity;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Intent;
import dev.vpcsim.model.Protocol;

import java.util.ArrayList;
import java.util.List;

/** Verifies the intents of a design with a {@link Tracer} and turns failures into {@code intent-failed} findings. */
public final class Intents {
    /** The finding id of a failed intent (cli.md). */
    public static final String FAILED = "intent-failed";

    private Intents() {
    }

    /** The flow an intent describes (port: the endpoint's first listed port when not given; protocol tcp by default). */
    public static Flow flow(Intent i) {
        Protocol p = i.protocol() == Protocol.ALL ? Protocol.TCP : i.protocol();
        return new Flow(i.from(), i.to(), p, i.port().orElse(Flow.DEFAULT_PORT));
    }

    /** Every intent of the design, in file order; failed ones carry an explained trace. */
    public static List<IntentResult> evaluate(Design design, Tracer tracer) {
        List<IntentResult> out = new ArrayList<>();
        for (Intent i : design.intents()) {
            Flow f = flow(i);
            Trace t = tracer.trace(f);
            boolean passed = passes(i, t);
            out.add(new IntentResult(i, passed ? t : tracer.explain(f), passed));
        }
        return out;
    }

    static boolean passes(Intent i, Trace t) {
        return switch (i.expect()) {
            case REACHABLE -> t.result() == Result.REACHABLE;
            case UNREACHABLE -> t.result() == Result.UNREACHABLE;
        };
    }

    /** ERROR {@code intent-failed} findings for the failed intents, resource {@code intents/NAME}. */
    public static List<Finding> findings(List<IntentResult> results) {
        List<Finding> out = new ArrayList<>();
        for (IntentResult r : results) {
            if (r.passed()) {
                continue;
            }
            Intent i = r.intent();
            Trace t = r.trace();
            String outcome = t.finalState() + t.dropCause().map(c -> " " + c).orElse("")
                    + t.abortCause().map(c -> " " + c).orElse("") + t.deliverTarget().map(c -> " " + c).orElse("")
                    + t.forwardTarget().map(c -> " " + c).orElse("") + " at " + t.decidingStep().resource();
            String message = "intent '" + i.name() + "' expects " + i.expect().id() + " from " + i.from() + " to "
                    + i.to() + " (" + t.flow().protocol() + (t.flow().protocol().equals("icmp") ? "" : ":"
                    + t.flow().port()) + "), but the trace is " + t.result() + ": " + outcome;
            String fix = t.fix().isEmpty() ? blockFix(t) : t.fix();
            out.add(new Finding(FAILED, Severity.ERROR, "intents/" + i.name(), message, fix));
        }
        return out;
    }

    /** For an intent that expects unreachable but is reachable: what lets it through and how to block it. */
    private static String blockFix(Trace t) {
        String what = t.flow().protocol() + (t.flow().protocol().equals("icmp") ? "" : ":" + t.flow().port());
        String sourceRange = t.steps().stream().filter(s -> s.info() instanceof StepInfo.EntryInfo e
                        && !e.sourceRange().isEmpty()).map(s -> ((StepInfo.EntryInfo) s.info()).sourceRange())
                .findFirst().orElse(t.flow().sourceIp());
        for (int k = t.steps().size() - 1; k >= 0; k--) {
            Step s = t.steps().get(k);
            if (s.info() instanceof StepInfo.FirewallInfo fw && fw.action().equals("ALLOW")) {
                boolean ingress = fw.direction().equals("INGRESS");
                return "to block it, add an " + fw.direction() + " deny rule for " + what + " "
                        + (ingress ? "from " + sourceRange : "to " + t.flow().destinationIp() + "/32")
                        + " in network " + fw.network() + " with a priority number of at most " + fw.priority()
                        + " (deny wins ties, so it outranks " + fw.rule() + "), or narrow " + fw.rule();
            }
        }
        return "the flow leaves through Google's own path, which no firewall rule sees: to block it, give the "
                + "workload VPC access with vpcEgress: all-traffic and an EGRESS deny rule for " + what;
    }
}
