package dev.vpcsim.cli.render;

import dev.vpcsim.check.CheckReport;
import dev.vpcsim.check.Finding;
import dev.vpcsim.check.Severity;
import dev.vpcsim.trace.IntentResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the result of {@code vpcsim check}. */
public final class CheckRender {
    private CheckRender() {
    }

    /** The cli.md JSON object. */
    public static Map<String, Object> json(CheckReport r) {
        Map<String, Object> o = Json.object();
        o.put("scenario", r.scenario());
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> m = Json.object();
            m.put("id", f.id());
            m.put("severity", f.severity().name());
            m.put("resource", f.resource());
            m.put("message", f.message());
            m.put("fix", f.fix());
            findings.add(m);
        }
        o.put("findings", findings);
        List<Object> intents = new ArrayList<>();
        for (IntentResult i : r.intents()) {
            Map<String, Object> m = Json.object();
            m.put("name", i.intent().name());
            m.put("expect", i.intent().expect().id());
            m.put("result", i.trace().result().name());
            m.put("passed", i.passed());
            m.put("trace", TraceRender.json(i.trace(), false));
            intents.add(m);
        }
        o.put("intents", intents);
        Map<String, Object> s = Json.object();
        s.put("errors", r.count(Severity.ERROR));
        s.put("warnings", r.count(Severity.WARNING));
        s.put("infos", r.count(Severity.INFO));
        s.put("intentsPassed", r.intentsPassed());
        s.put("intentsFailed", r.intentsFailed());
        o.put("summary", s);
        return o;
    }

    /** Text for people: findings grouped by severity, then intents, then the verdict. */
    public static String text(CheckReport r, String file) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario: ").append(r.scenario()).append("  (").append(file).append(")\n\n");
        sb.append("Findings: ").append(plural(r.count(Severity.ERROR), "error")).append(", ")
                .append(plural(r.count(Severity.WARNING), "warning")).append(", ")
                .append(plural(r.count(Severity.INFO), "info")).append('\n');
        if (r.findings().isEmpty()) {
            sb.append("  none\n");
        }
        int idWidth = r.findings().stream().mapToInt(f -> f.id().length()).max().orElse(0);
        for (Finding f : r.findings()) {
            String head = String.format("  %-8s %-" + idWidth + "s  %s", f.severity(), f.id(), f.resource());
            sb.append(head.stripTrailing()).append('\n');
            String indent = "           ";
            sb.append(Wrap.wrap(indent, f.message(), indent));
            sb.append(Wrap.wrap(indent + "Fix: ", f.fix(), indent + "     "));
        }
        if (!r.intents().isEmpty()) {
            sb.append('\n').append("Intents: ").append(r.intentsPassed()).append(" passed, ")
                    .append(r.intentsFailed()).append(" failed\n");
            TextTable t = new TextTable("", "INTENT", "EXPECT", "GOT", "DECIDED BY");
            for (IntentResult i : r.intents()) {
                t.row(i.passed() ? "PASS" : "FAIL", i.intent().name(), i.intent().expect().id(),
                        got(i), i.trace().decidingStep().resource());
            }
            sb.append(t.render("  "));
        }
        sb.append('\n').append(verdict(r)).append('\n');
        return sb.toString();
    }

    private static String got(IntentResult i) {
        String cause = i.trace().dropCause().map(Enum::name)
                .or(() -> i.trace().abortCause().map(Enum::name)).orElse("");
        return i.trace().result() + (cause.isEmpty() ? "" : " (" + cause + ")");
    }

    private static String verdict(CheckReport r) {
        long errors = r.count(Severity.ERROR);
        if (r.exitCode() == 0) {
            return "Result: OK (no ERROR finding, every intent holds)";
        }
        List<String> why = new ArrayList<>();
        if (errors > 0) {
            why.add(plural(errors, "ERROR finding"));
        }
        if (r.intentsFailed() > 0) {
            why.add(plural(r.intentsFailed(), "failed intent"));
        }
        return "Result: FAIL (" + String.join(", ", why) + ")";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
