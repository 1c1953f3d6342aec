package dev.vpcsim.cli;

import dev.vpcsim.capacity.Simulation;
import dev.vpcsim.capacity.SimulationOptions;
import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.cli.capacity.ChartWriter;
import dev.vpcsim.cli.capacity.OutputDirectory;
import dev.vpcsim.cli.capacity.SeriesCsvWriter;
import dev.vpcsim.cli.render.Json;
import dev.vpcsim.cli.render.SimulateRender;
import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vpcsim simulate SCENARIO}. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Capacity over time: connector scaling and saturation, Direct VPC addresses during rollouts",
                "and jobs, and cost, driven by the scenario's traffic (docs/capacity.md)."},
        footer = {"", "Durations: 90s, 20m, 2h, 7d or bare seconds.",
                "Exit codes: 0 the simulation ran (whatever it found); 2 the input could not be used."})
public final class SimulateCommand implements Callable<Integer> {
    /** Resolution of the series written by {@code --out}: every step of runs up to this many steps. */
    static final int SERIES_POINTS_FOR_FILES = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ScenarioArg scenario;

    @Option(names = "--duration", paramLabel = "D", description = "Simulated time (default: traffic.duration, else 24h).")
    String duration;

    @Option(names = "--step", paramLabel = "D", description = "Time step (default: traffic.step, else 1s).")
    String step;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Monte Carlo runs with the traffic's noise (default: ${DEFAULT-VALUE}: the noise-free run only).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the Monte Carlo streams (default: ${DEFAULT-VALUE}). Same seed, same bytes.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the time series (CSV) and charts (SVG) into DIR, each file whole or not at all.")
    Path out;

    @Override
    public Integer call() {
        Design design = scenario.load();
        SimulationOptions options = options(design);
        if (out != null) {
            options = options.withMaxSeriesPoints(SERIES_POINTS_FOR_FILES);
        }
        SimulationResult result;
        try (LocalExecutor executor = threads.executor();
             Progress progress = Progress.onTerminal("simulate", units(options))) {
            result = new Simulation().run(design, options, executor, progress);
        }
        PrintWriter o = spec.commandLine().getOut();
        List<Path> written = new ArrayList<>();
        if (out != null) {
            written.addAll(writeFiles(result));
        }
        o.print(format.json() ? Json.write(SimulateRender.json(result.report()))
                : SimulateRender.text(design, result.report(), written));
        o.flush();
        return ExitCodes.OK;
    }

    /** The CSV files and charts; a directory that cannot be made or written is an input error (exit 2). */
    private List<Path> writeFiles(SimulationResult result) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("vpcsim simulate: --out " + out + " exists and is not a directory");
        }
        try {
            OutputDirectory dir = new OutputDirectory(out);
            List<Path> files = new ArrayList<>(new SeriesCsvWriter().write(result.series(), dir));
            files.addAll(new ChartWriter().write(result.series(), dir));
            return files;
        } catch (IOException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.FileSystemException
                    ? "the directory cannot be created there" : e.getMessage();
            throw new UserInputException("vpcsim simulate: cannot write into --out " + out + ": " + why);
        }
    }

    private static long units(SimulationOptions options) {
        return options.runs() > 1 ? options.runs() + 1L : 1L;
    }

    private SimulationOptions options(Design design) {
        SimulationOptions o = SimulationOptions.of(design);
        if (duration != null) {
            o = o.withDurationSeconds(seconds("--duration", duration));
        }
        if (step != null) {
            o = o.withStepSeconds(seconds("--step", step));
        }
        if (runs < 1 || runs > 1_000_000) {
            throw new UserInputException("vpcsim simulate: --runs " + runs + " is not between 1 and 1000000");
        }
        if (o.stepSeconds() > o.durationSeconds()) {
            throw new UserInputException("vpcsim simulate: the step (" + Durations.format(o.stepSeconds())
                    + ") is longer than the duration (" + Durations.format(o.durationSeconds()) + ")");
        }
        if ((o.durationSeconds() + o.stepSeconds() - 1) / o.stepSeconds() > SimulationOptions.MAX_STEPS) {
            throw new UserInputException("vpcsim simulate: more than " + SimulationOptions.MAX_STEPS
                    + " steps; use a longer --step");
        }
        return o.withRuns(runs).withSeed(seed);
    }

    private static long seconds(String option, String text) {
        long s = Durations.parseSeconds(text).orElse(-1);
        if (s < 1) {
            throw new UserInputException("vpcsim simulate: " + option + " '" + text
                    + "' is not a positive duration (90s, 20m, 2h, 7d or seconds, at most 366d)");
        }
        return s;
    }
}
