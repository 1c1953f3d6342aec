package dev.vpcsim.cli;

import dev.vpcsim.cli.render.Json;
import dev.vpcsim.cli.render.TraceRender;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Result;
import dev.vpcsim.trace.Trace;
import dev.vpcsim.trace.TraceEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code vpcsim trace SCENARIO --from WORKLOAD --to DEST}. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follow one flow from a serverless workload, hop by hop, and say where and why it is",
                "delivered or dropped (Connectivity Tests vocabulary)."},
        footer = {"", "DEST is an endpoint name, an IPv4 address, or IP:PORT.",
                "Exit codes: 0 the flow is REACHABLE; 1 it is not; 2 the input could not be used."})
public final class TraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    ScenarioArg scenario;

    @Option(names = "--from", required = true, paramLabel = "WORKLOAD", description = "The workload the flow starts from.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DEST", description = "Endpoint name, IP address, or IP:PORT.")
    String to;

    @Option(names = "--port", paramLabel = "N",
            description = "Destination port (default: the endpoint's first listed port, else 80).")
    Integer port;

    @Option(names = "--protocol", paramLabel = "PROTO", defaultValue = "tcp",
            description = "tcp, udp or icmp (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--explain", description = "For a drop, list every setting that would have to change for the flow to pass.")
    boolean explain;

    @Override
    public Integer call() {
        Design design = scenario.load();
        Flow flow = flow(design);
        TraceEngine engine = new TraceEngine(design);
        Trace trace = explain ? engine.explain(flow) : engine.trace(flow);
        if (format.json()) {
            spec.commandLine().getOut().print(Json.write(TraceRender.json(trace, explain)));
        } else {
            spec.commandLine().getOut().print(TraceRender.text(trace, explain));
        }
        spec.commandLine().getOut().flush();
        return trace.result() == Result.REACHABLE ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private Flow flow(Design design) {
        Protocol proto = Protocol.fromId(protocol.toLowerCase(java.util.Locale.ROOT))
                .filter(p -> p != Protocol.ALL)
                .orElseThrow(() -> new UserInputException("vpcsim trace: --protocol '" + protocol
                        + "' is not one of tcp, udp, icmp"));
        String dest = to;
        Integer p = port;
        int colon = to.lastIndexOf(':');
        if (colon > 0 && Ipv4.parse(to.substring(0, colon)).isPresent()) {
            dest = to.substring(0, colon);
            Integer fromDest = parsePort(to.substring(colon + 1), "--to " + to);
            if (p != null && !p.equals(fromDest)) {
                throw new UserInputException("vpcsim trace: --to " + to + " and --port " + p + " name different ports");
            }
            p = fromDest;
        }
        if (p != null && (p < 1 || p > 65535)) {
            throw new UserInputException("vpcsim trace: --port " + p + " is not a port (1-65535)");
        }
        if (design.workload(from).isEmpty()) {
            throw new UserInputException("vpcsim trace: --from '" + from + "': no workload of that name in "
                    + scenario + known(design.workloads().stream().map(w -> w.name()).toList()));
        }
        if (design.endpoint(dest).isEmpty() && Ipv4.parse(dest).isEmpty()) {
            throw new UserInputException("vpcsim trace: --to '" + to + "': neither an endpoint of " + scenario
                    + " nor an IPv4 address" + known(design.endpoints().stream().map(e -> e.name()).toList()));
        }
        return new Flow(from, dest, proto, p == null ? Flow.DEFAULT_PORT : p);
    }

    private static Integer parsePort(String text, String where) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new UserInputException("vpcsim trace: " + where + ": '" + text + "' is not a port");
        }
    }

    private static String known(java.util.List<String> names) {
        return names.isEmpty() ? " (it has none)" : " (known: " + String.join(", ", names.stream().sorted().limit(10).toList())
                + (names.size() > 10 ? ", ..." : "") + ")";
    }
}
