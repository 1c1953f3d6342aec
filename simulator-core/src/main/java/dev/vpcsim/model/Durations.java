package dev.vpcsim.model;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations of the scenario format: {@code 90s}, {@code 20m}, {@code 2h}, {@code 7d}, or bare seconds. */
public final class Durations {
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,12})([smhd]?)");
    /** The longest duration accepted anywhere: 366 days. */
    public static final long MAX_SECONDS = 366L * 86_400;

    private Durations() {
    }

    /** Whole seconds, or empty when the text is not a duration or exceeds {@link #MAX_SECONDS}. */
    public static OptionalLong parseSeconds(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            default -> 1;
        };
        if (n > MAX_SECONDS / unit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(n * unit);
    }

    /** The shortest exact spelling: 86400 -> {@code 1d}, 90 -> {@code 90s}. */
    public static String format(long seconds) {
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
