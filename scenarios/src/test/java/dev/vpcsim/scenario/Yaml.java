package dev.vpcsim.scenario;

import dev.vpcsim.model.Scenario;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers: load text given inline. */
final class Yaml {
    private Yaml() {
    }

    /** Lines joined with newlines. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static Scenario load(String... lines) {
        return ScenarioLoader.load("test.yaml", lines(lines), Path.of(".")).design().scenario();
    }

    static ScenarioInputException fail(String... lines) {
        return assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("test.yaml", lines(lines), Path.of(".")));
    }
}
