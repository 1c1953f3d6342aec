package dev.vpcsim.cli;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Intent;
import dev.vpcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden transcripts of every bundled scenario: {@code check} (text and JSON), a {@code trace} of every intent,
 * and {@code simulate} for scenarios with traffic. Each transcript shows the command, what it printed and its
 * exit code. Regenerate with
 * {@code mvn -B -q -pl cli -am test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dvpcsim.updateGolden=true}
 * and review every diff ({@code git diff cli/src/test/resources/golden}) before committing.
 */
class GoldenTest {
    private static final Path LIBRARY = Path.of("..", "scenarios", "library");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("vpcsim.updateGolden");

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioMatchesItsGoldenTranscripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(LIBRARY)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no bundled scenarios found in " + LIBRARY.toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            tests.add(DynamicTest.dynamicTest(stem + " check", () -> compare(stem + ".check.txt",
                    transcript(List.of(List.of("check", rel(file))))) ));
            tests.add(DynamicTest.dynamicTest(stem + " check json", () -> compare(stem + ".check.json",
                    transcript(List.of(List.of("check", rel(file), "--format", "json"))))));
            Design design = ScenarioLoader.load(file).design();
            if (!design.intents().isEmpty()) {
                tests.add(DynamicTest.dynamicTest(stem + " traces", () -> compare(stem + ".traces.txt",
                        transcript(traceCommands(file, design)))));
            }
            if (design.scenario().traffic().isPresent()) {
                tests.add(DynamicTest.dynamicTest(stem + " simulate", () -> compare(stem + ".simulate.txt",
                        transcript(List.of(List.of("simulate", rel(file)),
                                List.of("simulate", rel(file), "--runs", "20", "--seed", "7"))))));
            }
        }
        return tests.stream();
    }

    private static List<List<String>> traceCommands(Path file, Design design) {
        List<List<String>> commands = new ArrayList<>();
        for (Intent i : design.intents()) {
            List<String> c = new ArrayList<>(List.of("trace", rel(file), "--from", i.from(), "--to", i.to()));
            i.port().ifPresent(p -> c.addAll(List.of("--port", Integer.toString(p))));
            c.addAll(List.of("--protocol", i.protocol().id(), "--explain"));
            commands.add(c);
        }
        return commands;
    }

    /** The path as a user at the repository root would type it. */
    private static String rel(Path file) {
        return "scenarios/library/" + file.getFileName();
    }

    private static String transcript(List<List<String>> commands) {
        StringBuilder sb = new StringBuilder();
        for (List<String> c : commands) {
            List<String> args = new ArrayList<>(c);
            args.set(1, LIBRARY.resolve(Path.of(c.get(1)).getFileName()).toString());
            CliRunner.Run r = CliRunner.run(args.toArray(String[]::new));
            assertTrue(r.err().isEmpty(), () -> "stderr of " + c + ": " + r.err());
            sb.append("$ vpcsim ").append(String.join(" ", c.stream().map(GoldenTest::quote).toList())).append('\n');
            sb.append(r.out().replace(LIBRARY.toString() + java.io.File.separator, "scenarios/library/"));
            sb.append("[exit ").append(r.exitCode()).append("]\n\n");
        }
        return sb.toString();
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:@=-]+") ? arg : "'" + arg + "'";
    }

    private static void compare(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), () -> "missing golden file " + golden + "; regenerate (see GoldenTest javadoc)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                () -> "output differs from " + golden + "; if the change is intended, regenerate and review the diff");
    }
}
