package dev.vpcsim.scenario;

/**
 * Lets JSON indented with tabs load. SnakeYAML refuses a tab wherever YAML 1.1 forbids one as indentation, even in
 * a flow (JSON-style) document where YAML 1.2 allows tabs as white space. For a document whose first significant
 * character is {@code &#123;} or {@code [}, every tab outside a quoted string becomes a space; lines and columns do
 * not move. Block-style YAML is left alone, so tab indentation there is still an error.
 */
final class FlowTabs {
    private FlowTabs() {
    }

    static String untab(String text) {
        if (text.indexOf('\t') < 0 || !startsWithFlow(text)) {
            return text;
        }
        char[] out = text.toCharArray();
        char quote = 0;
        char previous = '{';
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < out.length && out[i + 1] == '\'') {
                        i++;
                    } else {
                        quote = 0;
                        previous = c;
                    }
                }
                continue;
            }
            if (c == '\t') {
                out[i] = ' ';
            } else if ((c == '"' || c == '\'') && "{[,:".indexOf(previous) >= 0) {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(out[i - 1]))) {
                while (i + 1 < out.length && out[i + 1] != '\n' && out[i + 1] != '\r') {
                    i++;
                }
            } else if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return new String(out);
    }

    private static boolean startsWithFlow(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
