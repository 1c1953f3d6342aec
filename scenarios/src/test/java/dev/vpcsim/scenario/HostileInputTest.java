package dev.vpcsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input meant to hang the loader or exhaust its memory is refused quickly, with a location. */
class HostileInputTest {
    @TempDir
    Path dir;

    private ScenarioInputException failFile(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return assertThrows(ScenarioInputException.class, () -> ScenarioLoader.load(file));
    }

    @Test
    void nulByteIsBinaryData() throws IOException {
        // "version: 1\n" is line 1; on line 2 "name: a" fills columns 1..7, the NUL is column 8
        ScenarioInputException e = failFile("nul.yaml", "version: 1\nname: a\0b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertEquals("(document)", e.yamlPath());
        assertTrue(e.problem().startsWith("binary data: a NUL byte"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheFirstBadByte() throws IOException {
        byte[] head = "version: 1\nname: \u00e9\u00e9".getBytes(StandardCharsets.UTF_8); // 11 + 6 + 4 bytes
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        ScenarioInputException e = failFile("latin.yaml", bytes);
        assertEquals(2, e.line());
        assertEquals(9, e.column(), "two code points after 'name: ' (6 columns)");
        assertEquals("binary data: byte 0xFF at offset 21 is not UTF-8 text", e.problem());
    }

    @Test
    void aRealBinaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        ScenarioInputException e = failFile("image.yaml", png);
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertTrue(e.problem().startsWith("binary data"), e.getMessage());
    }

    @Test
    void oversizeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII); // 1024 bytes
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 16 * 1024; i++) {
                out.write(line);
            }
            out.write('\n');
        }
        assertEquals(16L * 1024 * 1024 + 1, Files.size(file));
        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ":1:1: (document): the file is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB)",
                e.getMessage());
    }

    @Test
    void oversizeTextIsMeasuredInUtf8Bytes() {
        String text = "# " + "\u00e9".repeat(8 * 1024 * 1024) + "\n"; // 2 + 16 MiB + 1 bytes
        ScenarioInputException e = assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("big.yaml", text, dir));
        assertEquals("big.yaml:1:1: (document): the file is 16,777,219 bytes; the limit is 16,777,216 bytes (16 MiB)",
                e.getMessage());
    }

    @Test
    void tenThousandLevelsStopAtLevel65() {
        String text = "version: 1\nname: deep\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        ScenarioInputException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(ScenarioInputException.class, () -> ScenarioLoader.load("deep.yaml", text, dir)));
        assertEquals(3, e.line());
        assertEquals(4 + 63, e.column(), "the first '[' is level 2 at column 4; level 65 is the 64th");
        assertEquals("nesting deeper than 64 levels", e.problem());
    }

    @Test
    void sixtyFourLevelsAreFine() {
        // the top-level mapping is level 1, so 63 nested lists reach level 64
        String text = "version: 1\nname: deep\ndescription: " + "[".repeat(63) + "]".repeat(63) + "\n";
        ScenarioInputException e = assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("ok.yaml", text, dir));
        assertEquals("description", e.yamlPath());
        assertEquals("expected a string, got a list", e.problem(), "fails on the type, not on the depth");
    }

    @Test
    void tooManyNodes() {
        // root, version, name and the list are nodes 1..4; item k (0-based) is node 5 + k; node 1,000,001 is item 999,996
        StringBuilder sb = new StringBuilder("version: 1\nname: many\nx: [");
        for (int i = 0; i < 1_000_100; i++) {
            sb.append(i == 0 ? "0" : ",0");
        }
        sb.append("]\n");
        ScenarioInputException e = assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("many.yaml", sb.toString(), dir));
        assertEquals(3, e.line());
        assertEquals(5 + 2 * 999_996, e.column(), "items are 2 columns apart, the first at column 5");
        assertEquals("x[999996]", e.yamlPath());
        assertEquals("more than 1,000,000 nodes", e.problem());
    }

    @Test
    void aliasBombStopsQuickly() {
        StringBuilder sb = new StringBuilder("version: 1\nname: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 20; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        ScenarioInputException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(ScenarioInputException.class, () -> ScenarioLoader.load("lol.yaml", sb.toString(), dir)));
        // sizes: a0 = 11, a1 = 111, ..., a4 = 111,111 nodes; after a4 (line 7) the document holds 3 + 123,455 =
        // 123,458; a5 opens (123,459) and each alias to a4 adds 111,111: the 8th passes 1,000,000 (1,012,347).
        // Line 8 is "a5: &a5 [*a4, *a4, ...": the first alias at column 10, the next ones 5 columns apart
        assertEquals(8, e.line());
        assertEquals(10 + 7 * 5, e.column());
        assertEquals("a5[7]", e.yamlPath());
        assertEquals("aliases expand to more than 1,000,000 nodes", e.problem());
    }
}
