package dev.vpcsim.cli.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wrapping of prose for text output. */
public final class Wrap {
    /** Text output is wrapped to this many columns. */
    public static final int WIDTH = 100;

    private Wrap() {
    }

    /** Wraps {@code text} so that every line, including the prefix, fits {@link #WIDTH}; continuation lines get {@code indent}. */
    public static String wrap(String prefix, String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(prefix);
        int start = prefix.length();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                start = indent.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return String.join("\n", lines) + "\n";
    }
}
