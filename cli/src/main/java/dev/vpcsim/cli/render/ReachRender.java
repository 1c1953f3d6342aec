package dev.vpcsim.cli.render;

import dev.vpcsim.model.Design;
import dev.vpcsim.trace.ReachRow;
import dev.vpcsim.trace.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Renders the reachability matrix. */
public final class ReachRender {
    /** Above this many columns the text output lists rows instead of drawing a matrix. */
    static final int MAX_MATRIX_COLUMNS = 8;

    private ReachRender() {
    }

    /** cli.md: {@code {"rows": [{"from", "to", "port", "protocol", "result", "dropCause"}]}}. */
    public static Map<String, Object> json(List<ReachRow> rows) {
        List<Object> out = new ArrayList<>();
        for (ReachRow r : rows) {
            Map<String, Object> m = Json.object();
            m.put("from", r.from());
            m.put("to", r.to());
            m.put("port", r.port());
            m.put("protocol", r.protocol());
            m.put("result", r.result().name());
            m.put("dropCause", r.dropCause().map(Enum::name).orElse(null));
            out.add(m);
        }
        Map<String, Object> o = Json.object();
        o.put("rows", out);
        return o;
    }

    /** A matrix (workloads down, endpoint and port across) for small designs, a row list for large ones. */
    public static String text(Design design, List<ReachRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("Reachability: ").append(design.name()).append(" (").append(design.workloads().size())
                .append(" workloads x ").append(design.endpoints().size()).append(" endpoints, ")
                .append(rows.size()).append(" flows)\n\n");
        if (rows.isEmpty()) {
            return sb.append("  nothing to trace: the design needs workloads and endpoints\n").toString();
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.add(column(r)));
        if (columns.size() <= MAX_MATRIX_COLUMNS) {
            sb.append(matrix(rows, columns));
        } else {
            TextTable t = new TextTable("FROM", "TO", "PORT", "RESULT", "DROP CAUSE");
            rows.forEach(r -> t.row(r.from(), r.to(), port(r), r.result(), r.dropCause().map(Enum::name).orElse("")));
            sb.append(t.render("  "));
        }
        sb.append('\n').append(summary(rows));
        return sb.toString();
    }

    private static String matrix(List<ReachRow> rows, Set<String> columns) {
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (ReachRow r : rows) {
            cells.computeIfAbsent(r.from(), k -> new LinkedHashMap<>()).put(column(r), cell(r));
        }
        List<String> headers = new ArrayList<>(List.of("WORKLOAD \\ ENDPOINT"));
        headers.addAll(columns);
        TextTable t = new TextTable(headers.toArray(String[]::new));
        for (Map.Entry<String, Map<String, String>> e : cells.entrySet()) {
            List<Object> row = new ArrayList<>(List.of(e.getKey()));
            for (String c : columns) {
                row.add(e.getValue().getOrDefault(c, ""));
            }
            t.row(row.toArray());
        }
        return t.render("  ") + "\n" + Wrap.wrap("  ", "ok = REACHABLE; otherwise the drop cause (UNREACHABLE),"
                + " ABORTED (UNDETERMINED) or AMBIGUOUS. `vpcsim trace SCENARIO --from WORKLOAD --to ENDPOINT` shows"
                + " why.", "  ");
    }

    private static String summary(List<ReachRow> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReachRow r : rows) {
            counts.merge(r.result().name(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(v + " " + k));
        return "Summary: " + String.join(", ", parts) + "\n";
    }

    private static String column(ReachRow r) {
        return r.to() + " " + port(r);
    }

    private static String port(ReachRow r) {
        return r.protocol().equals("icmp") ? "icmp" : r.protocol() + ":" + r.port();
    }

    private static String cell(ReachRow r) {
        if (r.result() == Result.REACHABLE) {
            return "ok";
        }
        if (r.result() == Result.UNDETERMINED) {
            return "ABORTED";
        }
        return r.dropCause().map(Enum::name).orElse(r.result().name());
    }
}
