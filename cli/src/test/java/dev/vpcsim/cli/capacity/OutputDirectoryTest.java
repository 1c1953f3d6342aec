package dev.vpcsim.cli.capacity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputDirectoryTest {

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        OutputDirectory out = new OutputDirectory(dir.resolve("new/sub"));
        Path f = out.write("a.csv", os -> os.write("old\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("old\n", Files.readString(f));
        assertThrows(IOException.class, () -> out.write("a.csv", os -> {
            os.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old\n", Files.readString(f));
        try (var files = Files.list(out.path())) {
            assertEquals(1, files.count());
        }
        out.write("a.csv", os -> os.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new\n", Files.readString(f));
    }

    @Test
    void onlyPlainFileNames(@TempDir Path dir) throws Exception {
        OutputDirectory out = new OutputDirectory(dir);
        assertThrows(IllegalArgumentException.class, () -> out.write("../x.csv", os -> { }));
        assertThrows(IllegalArgumentException.class, () -> out.write(".hidden", os -> { }));
        assertEquals("a_b.c-d", OutputDirectory.safeName("a/b.c-d"));
        assertEquals("_x", OutputDirectory.safeName(".x"));
    }
}
