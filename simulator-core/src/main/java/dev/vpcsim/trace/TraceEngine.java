package dev.vpcsim.trace;

import dev.vpcsim.addressing.Addresses;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Protocol;

import java.util.List;
import java.util.Objects;

/**
 * The packet-path trace engine: follows a {@link Flow} from a serverless workload through a {@link Design} as
 * semantics.md sections 1 to 5 describe, and returns a {@link Trace} in the Connectivity Tests vocabulary.
 * <p>
 * The constructor builds every index once (per network: route table and firewall indexes; per connector and
 * Direct VPC workload: entry facts; endpoints by address); afterwards the engine is immutable and thread-safe,
 * and a trace neither scans every rule nor every route. docs/model.md lists every rule as implemented here,
 * the deciding step of each outcome and every {@link Assumption}.
 */
public final class TraceEngine implements Tracer {
    private final DesignIndex ix;

    public TraceEngine(Design design) {
        this.ix = new DesignIndex(Objects.requireNonNull(design, "design"));
    }

    public static TraceEngine of(Design design) {
        return new TraceEngine(design);
    }

    public Design design() {
        return ix.design;
    }

    @Override
    public Trace trace(Flow flow) {
        return run(flow, Relax.NONE).toTrace(List.of());
    }

    @Override
    public Trace explain(Flow flow) {
        Run first = run(flow, Relax.NONE);
        return first.toTrace(Explainer.nearMisses(this, flow, first));
    }

    /** One evaluation: the context and the root walk; {@code toTrace} turns it into the public record. */
    record Run(Ctx ctx, Walk root, Trace.ResolvedFlow flow) {
        Trace toTrace(List<String> nearMisses) {
            Walk w = root;
            boolean ambiguous = Ends.several(w.ends);
            Result result = ambiguous ? Result.AMBIGUOUS : Result.of(w.finalState);
            String symptom = w.drop != null ? w.drop.symptom() : w.abort != null ? w.abort.symptom() : "";
            String fix = w.fix;
            if (ambiguous) {
                symptom = "some connections succeed and others fail, depending on the equal-cost path they take";
                String note = ctx == null ? null : ctx.ecmpNote();
                fix = (note == null ? "equal-cost routes end differently" : note)
                        + ": make the equal-cost routes lead to the same place, or remove or re-prioritize one"
                        + (fix.isEmpty() ? "" : "; on the path shown: " + fix);
            }
            List<String> assumptions = ctx == null ? List.of() : ctx.assumptionLines();
            return new Trace(flow, result, w.steps, java.util.Optional.ofNullable(w.drop),
                    java.util.Optional.ofNullable(w.abort), java.util.Optional.ofNullable(w.deliver),
                    java.util.Optional.ofNullable(w.forward), symptom, fix, assumptions, nearMisses);
        }
    }

    /** Evaluates a flow with some checks relaxed (explanations); {@link Relax#NONE} for a real trace. */
    Run run(Flow flow, int relax) {
        SourceView s = ix.sources.get(flow.source());
        // a name comes first (the lookup reads the name's cached hash, not its text); then an address
        EndpointView named = ix.endpointsByName.get(flow.destination());
        long dst = named != null ? named.ip : Addresses.parse(flow.destination());
        if (named == null && dst >= 0) {
            int holder = ix.addresses.anyEndpoint(dst);
            named = holder >= 0 ? ix.endpoint(holder) : null;
        }
        // a strict dotted quad (Addresses.parse) is its own canonical text (Addresses.format)
        String dstText = named != null ? named.ipText : dst >= 0 ? flow.destination() : "-";
        String destName = named != null ? named.endpoint.name() : flow.destination();
        int port = port(flow, named);
        if (s == null) {
            return invalid(flow, destName, dstText, port, "workloads/" + flow.source(),
                    "No workload named " + flow.source() + " in the design.",
                    "name a workload of the design as the source");
        }
        Ctx ctx = new Ctx(ix, s, dst, dstText, flow.protocol(), port, relax);
        Walk root = new Walk(ctx, 0);
        if (dst < 0) {
            if (root.add(s.startState, s.resource, s.description, s.info)) {
                root.abort(AbortCause.INVALID_ARGUMENT, "The destination " + flow.destination()
                        + " is neither an endpoint of the design nor an IPv4 address.",
                        "name an endpoint of the design or give an IPv4 address as the destination");
            }
            return new Run(ctx, root, resolved(flow, "-", destName, dstText, port));
        }
        Departure.start(root);
        String sourceIp = s.entry != null && ctx.entered ? s.entry.sourceText : "-";
        return new Run(ctx, root, resolved(flow, sourceIp, destName, dstText, port));
    }

    private static int port(Flow flow, EndpointView named) {
        if (flow.protocol() == Protocol.ICMP) {
            return 0;
        }
        if (flow.port() != Flow.DEFAULT_PORT) {
            return flow.port();
        }
        return named != null ? named.defaultPort() : 80;
    }

    private static Trace.ResolvedFlow resolved(Flow f, String sourceIp, String dest, String dstText, int port) {
        return new Trace.ResolvedFlow(f.source(), sourceIp, dest, dstText, f.protocol().id(), port);
    }

    private static Run invalid(Flow flow, String dest, String dstText, int port, String resource, String reason,
                               String fix) {
        Step abort = new Step(StepState.ABORT, resource, false, reason, "-", dstText, new StepInfo.FinalInfo(reason));
        Walk w = new Walk(null, 0);
        w.steps.add(abort);
        w.finalState = StepState.ABORT;
        w.abort = AbortCause.INVALID_ARGUMENT;
        w.fix = fix;
        w.ends = Ends.bit(w);
        return new Run(null, w, resolved(flow, "-", dest, dstText, port));
    }
}
