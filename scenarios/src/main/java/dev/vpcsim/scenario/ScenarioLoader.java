package dev.vpcsim.scenario;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.ModelException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The strict loader of scenario files (docs/scenario-format, version 1). YAML or JSON text becomes a {@link Design}
 * or a {@link ScenarioInputException} whose one-line message names the file, line, column, YAML path and problem.
 * <p>
 * Strict means: unknown keys, duplicate keys, values of the wrong type (a quoted {@code "5432"} where a number is
 * expected), values outside the ranges and sets the format states, and references to names that do not exist are
 * errors. Values that a {@code vpcsim check} finding exists for load as written (connector ranges that are not /28,
 * connector instance counts and machine types, small or invalid subnet ranges, semantic problems), so that
 * {@code check} and {@code trace} can show what such a design would do.
 * <p>
 * Hostile input is refused cleanly: files over 16 MiB, binary data, nesting deeper than 64 levels, more than
 * 1,000,000 nodes (an alias counts as every node it stands for). Anchors and aliases are supported. See
 * docs/scenario-loader.md.
 * <p>
 * Thread-safe: every call works on its own state.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file; relative {@code csv} shape files resolve against its directory.
     *
     * @param file the file; messages name it as given ({@code file.toString()})
     * @throws ScenarioInputException when the file cannot be used
     */
    public static LoadedScenario load(Path file) {
        Objects.requireNonNull(file, "file");
        String display = file.toString();
        String text = InputText.read(file, display);
        Path parent = file.getParent();
        return parse(file, display, text, parent == null ? Path.of("") : parent);
    }

    /**
     * Loads scenario text.
     *
     * @param displayName how messages name the file (also the {@link LoadedScenario#file()})
     * @param yamlText    the YAML (or JSON) text
     * @param baseDir     the directory relative {@code csv} shape files resolve against
     * @throws ScenarioInputException when the text cannot be used
     */
    public static LoadedScenario load(String displayName, String yamlText, Path baseDir) {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(yamlText, "yamlText");
        Objects.requireNonNull(baseDir, "baseDir");
        String text = InputText.check(yamlText, displayName);
        Path file;
        try {
            file = Path.of(displayName);
        } catch (InvalidPathException e) {
            file = Path.of("scenario.yaml");
        }
        return parse(file, displayName, text, baseDir);
    }

    private static LoadedScenario parse(Path file, String display, String text, Path baseDir) {
        Node root = YamlTreeReader.read(text, display).filter(n -> !n.isEmpty()).orElseThrow(
                () -> new ScenarioInputException(display, 1, 1, "",
                        "the file is empty; a scenario is a mapping with at least 'version' and 'name'"));
        Input in = new Input(display, baseDir);
        DesignBuilder builder = new ScenarioMapper(in).map(root);
        try {
            return new LoadedScenario(file, builder.build());
        } catch (ModelException e) {
            throw in.error(PathLocator.locate(root, e.path()), e.path(), e.problem());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw in.error(root, "", "the design cannot be built: " + e.getMessage());
        }
    }
}
