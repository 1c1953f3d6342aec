package dev.vpcsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of {@code bad/} holds one problem and states, in its first line, where the loader must report it:
 * {@code # expect: [CSV@]LINE:COLUMN: YAML.PATH: start of the problem}. The locations were counted by hand.
 */
class BadInputCorpusTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: (?:(\\S+)@)?(\\d+):(\\d+): (\\S+): (.+)");

    static Path corpus() throws URISyntaxException {
        return Path.of(BadInputCorpusTest.class.getResource("/bad").toURI());
    }

    static Stream<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(corpus())) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .sorted().toList();
            return files.stream();
        }
    }

    @Test
    void theCorpusIsLargeEnough() throws IOException, URISyntaxException {
        assertTrue(files().count() >= 35, "at least 35 bad inputs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void failsAtTheStatedPlace(Path file) throws IOException {
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Matcher m = EXPECT.matcher(header);
        assertTrue(m.matches(), "first line must be '# expect: ...' in " + file.getFileName());
        String expectedFile = m.group(1) == null ? file.toString() : file.resolveSibling(m.group(1)).toString();
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        String path = m.group(4);
        String problemStart = m.group(5);

        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> ScenarioLoader.load(file));

        assertEquals(expectedFile, e.file(), "file");
        assertEquals(line, e.line(), "line: " + e.getMessage());
        assertEquals(column, e.column(), "column: " + e.getMessage());
        assertEquals(path, e.yamlPath(), "path: " + e.getMessage());
        assertTrue(e.problem().startsWith(problemStart), "problem: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(expectedFile + ":" + line + ":" + column + ": " + path + ": " + problemStart),
                e.getMessage());
        assertEquals(expectedFile + ":" + line + ":" + column + ": " + path + ": " + e.problem(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
