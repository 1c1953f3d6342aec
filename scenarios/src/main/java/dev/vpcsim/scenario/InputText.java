package dev.vpcsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file as text the loader can parse: at most {@link Limits#MAX_FILE_BYTES}, valid UTF-8, no NUL byte and no
 * control character YAML forbids. A leading byte order mark is dropped. Every refusal names the line and column of
 * the first bad byte (columns in code points, line breaks as YAML counts them).
 */
final class InputText {
    private InputText() {
    }

    /** The text of a file, or an error at line 1 naming why it cannot be used. */
    static String read(Path file, String display) {
        try {
            return decode(readBounded(file, display, ""), display);
        } catch (NoSuchFileException e) {
            throw new ScenarioInputException(display, 1, 1, "", "cannot read the file: no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioInputException(display, 1, 1, "", "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new ScenarioInputException(display, 1, 1, "", "cannot read the file: " + e);
        }
    }

    /**
     * The bytes of a file, refusing directories and anything over the limit, pipes and devices included (at most
     * one byte more than the limit is ever read). Errors carry {@code yamlPath}.
     */
    static byte[] readBounded(Path file, String display, String yamlPath) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ScenarioInputException(display, 1, 1, yamlPath, "cannot read the file: it is a directory");
        }
        if (Files.isRegularFile(file) && Files.size(file) > Limits.MAX_FILE_BYTES) {
            throw tooBig(display, yamlPath, Files.size(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                throw new ScenarioInputException(display, 1, 1, yamlPath, "the file is larger than the limit of "
                        + Limits.grouped(Limits.MAX_FILE_BYTES) + " bytes (16 MiB)");
            }
            return bytes;
        }
    }

    /** Text given as a string: the same limits, measured in UTF-8 bytes. */
    static String check(String text, String display) {
        long bytes = utf8Length(text);
        if (bytes > Limits.MAX_FILE_BYTES) {
            throw tooBig(display, "", bytes);
        }
        String t = stripBom(text);
        int bad = firstForbidden(t);
        if (bad >= 0) {
            throw forbidden(t, bad, display);
        }
        return t;
    }

    /** Strict UTF-8 decoding, then the character check. */
    static String decode(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            out.flip();
            String prefix = out.toString();
            int bad = firstForbidden(prefix);
            if (bad >= 0) {
                throw forbidden(prefix, bad, display);
            }
            int[] at = Positions.lineColumn(prefix, prefix.length());
            throw new ScenarioInputException(display, at[0], at[1], "", String.format(Locale.ROOT,
                    "binary data: byte 0x%02X at offset %d is not UTF-8 text", bytes[badByte] & 0xFF, badByte));
        }
        decoder.flush(out);
        out.flip();
        return check(out.toString(), display);
    }

    private static ScenarioInputException tooBig(String display, String yamlPath, long bytes) {
        return new ScenarioInputException(display, 1, 1, yamlPath, "the file is " + Limits.grouped(bytes)
                + " bytes; the limit is " + Limits.grouped(Limits.MAX_FILE_BYTES) + " bytes (16 MiB)");
    }

    private static ScenarioInputException forbidden(String text, int index, String display) {
        int[] at = Positions.lineColumn(text, index);
        int c = text.codePointAt(index);
        String what = c == 0 ? "binary data: a NUL byte is not text"
                : Character.isSurrogate((char) c) ? "a lone UTF-16 surrogate is not text"
                : String.format(Locale.ROOT, "the control character U+%04X is not allowed", c);
        return new ScenarioInputException(display, at[0], at[1], "", what);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Index of the first character YAML does not allow (YAML 1.1 "printable"), or -1. */
    static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == 0x85 || (c >= 0xA0 && c < 0xD800)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static long utf8Length(String text) {
        if (text.length() > Limits.MAX_FILE_BYTES) {
            return text.length();
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
