package dev.vpcsim.scenario;

/** Line and column of a character index, counted the way SnakeYAML counts them. */
final class Positions {
    private Positions() {
    }

    /**
     * The 1-based line and column of {@code index} in {@code text}: {@code \n}, {@code \r\n}, a lone {@code \r},
     * U+0085, U+2028 and U+2029 end a line; columns count code points.
     */
    static int[] lineColumn(String text, int index) {
        int line = 1;
        int column = 1;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c == '\r' || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                continue;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
