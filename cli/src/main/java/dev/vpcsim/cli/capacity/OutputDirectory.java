package dev.vpcsim.cli.capacity;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A directory whose files are written whole or not at all: each file is written to a temporary file in the
 * same directory (created with the usual permissions), flushed, then renamed over its target with an atomic move, so a reader (or a crash) never
 * sees half a file. A failed write leaves the previous file, if any, untouched and removes the temporary one.
 */
public final class OutputDirectory {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern UNSAFE_CHARS = Pattern.compile("[^A-Za-z0-9._-]");

    private static final AtomicLong COUNTER = new AtomicLong();

    private final Path directory;

    /** What goes into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The directory, created with its parents if missing. */
    public OutputDirectory(Path directory) throws IOException {
        this.directory = Objects.requireNonNull(directory, "directory");
        Files.createDirectories(directory);
    }

    public Path path() {
        return directory;
    }

    /**
     * Writes a file atomically.
     *
     * @param fileName a plain file name (letters, digits, {@code . _ -}); see {@link #safeName}
     * @return the written file
     * @throws IOException if the file could not be written or the directory cannot rename atomically
     */
    public Path write(String fileName, Content content) throws IOException {
        if (!SAFE_NAME.matcher(fileName).matches() || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        Path target = directory.resolve(fileName);
        Path temp = directory.resolve("." + fileName + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            moved = true;
            return target;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A file-name-safe version of a resource name: characters other than letters, digits, {@code . _ -} become {@code _}. */
    public static String safeName(String name) {
        String safe = UNSAFE_CHARS.matcher(name).replaceAll("_");
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }
}
