package dev.vpcsim.scenario;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every bundled scenario (scenarios/library, working and broken designs alike) loads: the broken ones are findings
 * of {@code check}, not input errors. Skipped where the library is not present.
 */
class LibraryScenariosLoadTest {

    @Test
    void everyLibraryScenarioLoads() throws IOException {
        Path library = Path.of("library");
        Assumptions.assumeTrue(Files.isDirectory(library), "no scenarios/library in this checkout");
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(library)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            try {
                ScenarioLoader.load(file);
            } catch (ScenarioInputException e) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }
}
