package dev.vpcsim.cli;

import dev.vpcsim.check.CheckReport;
import dev.vpcsim.check.CheckRunner;
import dev.vpcsim.cli.render.CheckRender;
import dev.vpcsim.cli.render.Json;
import dev.vpcsim.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code vpcsim check SCENARIO}. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate a design: run every lint rule of the catalogue (docs/checks.md), trace every intent,",
                "and, when the scenario has traffic, run the capacity models."},
        footer = {"", "Exit codes: 0 no ERROR finding and every intent holds; 1 an ERROR finding or a failed intent;",
                "2 the scenario could not be used."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    ScenarioArg scenario;

    @Override
    public Integer call() {
        Design design = scenario.load();
        CheckReport report = CheckRunner.run(design);
        if (format.json()) {
            spec.commandLine().getOut().print(Json.write(CheckRender.json(report)));
        } else {
            spec.commandLine().getOut().print(CheckRender.text(report, scenario.toString()));
        }
        spec.commandLine().getOut().flush();
        return report.exitCode();
    }
}
