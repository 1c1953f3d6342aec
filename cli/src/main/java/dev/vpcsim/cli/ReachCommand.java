package dev.vpcsim.cli;

import dev.vpcsim.cli.render.Json;
import dev.vpcsim.cli.render.ReachRender;
import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.model.Design;
import dev.vpcsim.trace.Reach;
import dev.vpcsim.trace.ReachRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code vpcsim reach SCENARIO}. */
@Command(name = "reach", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trace every workload against every endpoint and each of its listed ports, in parallel,",
                "and show the result as a matrix (text) or rows (json)."},
        footer = {"", "Exit codes: 0 the matrix was computed (whatever it shows); 2 the input could not be used."})
public final class ReachCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ScenarioArg scenario;

    @Override
    public Integer call() {
        Design design = scenario.load();
        List<ReachRow> rows;
        try (LocalExecutor executor = threads.executor()) {
            rows = Reach.rows(design, executor);
        }
        String out = format.json() ? Json.write(ReachRender.json(rows)) : ReachRender.text(design, rows);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
