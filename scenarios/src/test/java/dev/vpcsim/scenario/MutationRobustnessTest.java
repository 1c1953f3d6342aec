package dev.vpcsim.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random edits of the full example either load or fail with a {@link ScenarioInputException} whose location
 * lies inside the file: never another exception, never a multi-line message.
 */
class MutationRobustnessTest {
    private static final String ALPHABET = " :-[]{},&*!|>'\"#\t\n0123456789abcxyz./~";

    @Test
    void mutationsNeverEscapeAsOtherExceptions() throws Exception {
        Path file = Path.of(MutationRobustnessTest.class.getResource("/good/full.yaml").toURI());
        String original = Files.readString(file);
        Random random = new Random(20240611L);
        int failures = 0;
        for (int run = 0; run < 400; run++) {
            StringBuilder sb = new StringBuilder(original);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String text = sb.toString();
            try {
                ScenarioLoader.load("m.yaml", text, file.getParent());
            } catch (ScenarioInputException e) {
                failures++;
                long lines = text.lines().count() + 1;
                assertTrue(e.line() >= 1 && e.line() <= lines, "line inside the file: " + e.getMessage());
                assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException e) {
                fail("run " + run + " escaped as " + e + "\n" + text, e);
            }
        }
        assertTrue(failures > 100, "most random edits break something: " + failures);
    }
}
