package dev.vpcsim.cli.render;

import dev.vpcsim.trace.Step;
import dev.vpcsim.trace.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a trace: hop-by-hop text for people, the cli.md object for scripts. */
public final class TraceRender {
    private TraceRender() {
    }

    /** The cli.md JSON object of a trace; {@code nearMisses} only when explanations were asked for. */
    public static Map<String, Object> json(Trace t, boolean explain) {
        Map<String, Object> flow = Json.object();
        flow.put("source", t.flow().source());
        flow.put("sourceIp", t.flow().sourceIp());
        flow.put("destination", t.flow().destination());
        flow.put("destinationIp", t.flow().destinationIp());
        flow.put("protocol", t.flow().protocol());
        flow.put("port", t.flow().port());
        Map<String, Object> o = Json.object();
        o.put("flow", flow);
        o.put("result", t.result().name());
        o.put("finalState", t.finalState().name());
        o.put("dropCause", t.dropCause().map(Enum::name).orElse(null));
        o.put("abortCause", t.abortCause().map(Enum::name).orElse(null));
        o.put("deliverTarget", t.deliverTarget().map(Enum::name).orElse(null));
        o.put("forwardTarget", t.forwardTarget().map(Enum::name).orElse(null));
        List<Object> steps = new ArrayList<>();
        for (Step s : t.steps()) {
            Map<String, Object> step = Json.object();
            step.put("state", s.state().name());
            step.put("resource", s.resource());
            step.put("causesDrop", s.causesDrop());
            step.put("description", s.description());
            step.put("sourceIp", s.sourceIp());
            step.put("destinationIp", s.destinationIp());
            steps.add(step);
        }
        o.put("steps", steps);
        o.put("symptom", t.symptom().isEmpty() ? null : t.symptom());
        o.put("fix", t.fix().isEmpty() ? null : t.fix());
        o.put("assumptions", t.assumptions());
        if (explain) {
            o.put("nearMisses", t.nearMisses());
        }
        return o;
    }

    /** Hop-by-hop text. */
    public static String text(Trace t, boolean explain) {
        StringBuilder sb = new StringBuilder();
        Trace.ResolvedFlow f = t.flow();
        String dest = f.destination().equals(f.destinationIp()) ? f.destinationIp()
                : f.destination() + " (" + f.destinationIp() + ")";
        String port = f.protocol().equals("icmp") ? "icmp" : f.protocol() + ":" + f.port();
        sb.append("Trace: ").append(f.source()).append(" -> ").append(dest).append(" ").append(port).append("\n\n");
        sb.append(steps(t.steps()));
        sb.append('\n');
        sb.append(Wrap.wrap("Result:   ", outcome(t), "          "));
        if (!t.symptom().isEmpty()) {
            sb.append(Wrap.wrap("Symptom:  ", t.symptom(), "          "));
        }
        if (!t.fix().isEmpty()) {
            sb.append(Wrap.wrap("Fix:      ", t.fix(), "          "));
        }
        if (!t.assumptions().isEmpty()) {
            sb.append("Assumptions this trace relied on:\n");
            for (String a : t.assumptions()) {
                sb.append(Wrap.wrap("  - ", a, "    "));
            }
        }
        if (explain) {
            if (t.nearMisses().isEmpty()) {
                sb.append(t.dropCause().isPresent() ? "Near misses: none found.\n" : "");
            } else {
                sb.append("What else would have to change for the flow to pass:\n");
                for (String m : t.nearMisses()) {
                    sb.append(Wrap.wrap("  - ", m, "    "));
                }
            }
        }
        return sb.toString();
    }

    /** One line: the result and what decided it. */
    public static String outcome(Trace t) {
        String decided = t.decidingStep().resource();
        return switch (t.finalState()) {
            case DELIVER -> t.result() + ": delivered to " + t.deliverTarget().map(Enum::name).orElse("?");
            case FORWARD -> t.result() + ": forwarded out of the model to "
                    + t.forwardTarget().map(Enum::name).orElse("?") + " via " + decided;
            case DROP -> t.result() + ": dropped, " + t.dropCause().map(Enum::name).orElse("?") + ", at " + decided;
            case ABORT -> t.result() + ": analysis aborted, " + t.abortCause().map(Enum::name).orElse("?")
                    + ", at " + decided;
            default -> t.result().name();
        };
    }

    private static String steps(List<Step> steps) {
        String[] headers = {"#", "STEP", "RESOURCE", "SOURCE IP", "DESTINATION IP"};
        int[] w = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            w[c] = headers[c].length();
        }
        for (int i = 0; i < steps.size(); i++) {
            String[] cells = cells(i, steps.get(i));
            for (int c = 0; c < cells.length; c++) {
                w[c] = Math.max(w[c], cells[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(row(headers, w));
        String[] rule = new String[headers.length];
        for (int c = 0; c < rule.length; c++) {
            rule[c] = "-".repeat(w[c]);
        }
        sb.append(row(rule, w));
        String indent = " ".repeat(2 + w[0] + 2);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            sb.append(row(cells(i, s), w));
            sb.append(Wrap.wrap(indent + (s.causesDrop() ? "x " : "  "), s.description(), indent + "  "));
        }
        return sb.toString();
    }

    private static String[] cells(int i, Step s) {
        return new String[] {Integer.toString(i + 1), s.state().name(), s.resource(), s.sourceIp(), s.destinationIp()};
    }

    private static String row(String[] cells, int[] w) {
        StringBuilder l = new StringBuilder("  ");
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (c == 0) {
                l.append(" ".repeat(w[c] - cell.length())).append(cell);
            } else {
                l.append(cell).append(" ".repeat(w[c] - cell.length()));
            }
            l.append("  ");
        }
        return l.toString().stripTrailing() + "\n";
    }
}
