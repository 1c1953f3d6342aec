package dev.vpcsim.cli;

import dev.vpcsim.model.Design;
import dev.vpcsim.scenario.ScenarioLoader;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** The SCENARIO parameter every command takes, and its loading with one-line input errors. */
public final class ScenarioArg {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path file;

    /** The loaded design; a missing, unreadable or invalid file is an input error (exit 2). */
    Design load() {
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + ": is a directory, not a scenario file");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException(file + ": cannot be read (permission denied)");
        }
        return ScenarioLoader.load(file).design();
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
