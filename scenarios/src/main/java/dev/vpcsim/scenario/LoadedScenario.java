package dev.vpcsim.scenario;

import dev.vpcsim.model.Design;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A scenario file that loaded: where it came from and the resolved design.
 *
 * @param file   the file as the caller named it
 * @param design the design, names and references checked by {@link dev.vpcsim.model.DesignBuilder#build()}
 */
public record LoadedScenario(Path file, Design design) {
    public LoadedScenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(design, "design");
    }
}
