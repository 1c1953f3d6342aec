package dev.vpcsim.cli;

import dev.vpcsim.scenario.LoadedScenario;
import dev.vpcsim.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the SCENARIO argument, turning a missing or unreadable file into a one-line input error. */
final class Scenarios {
    private Scenarios() {
    }

    static LoadedScenario load(Path file) {
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + ": is a directory, not a scenario file");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException(file + ": cannot be read (permission denied)");
        }
        return ScenarioLoader.load(file);
    }
}
