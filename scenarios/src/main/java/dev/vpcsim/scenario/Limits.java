package dev.vpcsim.scenario;

/** The limits that keep hostile input from hanging the loader or exhausting memory. */
final class Limits {
    /** Largest scenario or CSV file: 16 MiB. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Deepest nesting of mappings and lists; the top-level mapping is level 1. */
    static final int MAX_DEPTH = 64;
    /** Most nodes in a document, counting every use of an alias as the nodes it stands for. */
    static final long MAX_NODES = 1_000_000;
    /** Most data rows in a CSV file. */
    static final int MAX_CSV_ROWS = 1_000_000;

    private Limits() {
    }

    /** {@code 16,777,216}: thousands separated for messages. */
    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
