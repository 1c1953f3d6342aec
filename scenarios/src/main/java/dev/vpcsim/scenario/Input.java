package dev.vpcsim.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The scenario being mapped: its display name (for messages) and the directory that relative CSV paths resolve
 * against. Makes the errors of the mapping stage.
 *
 * @param display the file as the caller named it
 * @param baseDir where {@code csv} shape files are looked up
 */
record Input(String display, Path baseDir) {

    /** An error at a node. */
    ScenarioInputException error(Node at, String path, String problem) {
        return new ScenarioInputException(display, at.line(), at.column(), path, problem);
    }

    /** An error at a mapping key (unknown, duplicate or misplaced keys). */
    ScenarioInputException error(Node.Entry at, String path, String problem) {
        return new ScenarioInputException(display, at.line(), at.column(), path, problem);
    }

    /**
     * Runs a record constructor; an {@link IllegalArgumentException} it throws (a value the model refuses) becomes an
     * input error at the node being mapped, never a stack trace.
     */
    <T> T build(Node at, String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw error(at, path, e.getMessage() == null ? "invalid value" : e.getMessage());
        }
    }

    /** How to name a CSV file in messages: its path as written, next to the scenario's display name. */
    String csvDisplay(String file) {
        try {
            Path shown = Path.of(display).resolveSibling(file);
            return shown.toString();
        } catch (InvalidPathException e) {
            return file;
        }
    }
}
