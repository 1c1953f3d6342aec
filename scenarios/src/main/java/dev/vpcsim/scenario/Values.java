package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Durations;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Strict conversions of one node to a value. Numbers and booleans must be written as such (a quoted
 * {@code "5432"} is a string, not a number; only {@code true} and {@code false} are booleans); a plain number is
 * accepted where a string is expected, as its text.
 */
final class Values {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?([eE][-+]?[0-9]{1,3})?");
    static final String SPEC_FORMS = "(tcp, tcp:5432, tcp:8000-8080, udp:53, icmp, all)";
    static final String DURATION_FORMS = "(90s, 20m, 2h, 7d or a number of seconds, at most 366d)";

    private Values() {
    }

    static String string(Input in, Node n, String path) {
        if (n instanceof Node.Scalar s) {
            if (n.isEmpty()) {
                throw in.error(n, path, "must not be empty");
            }
            if (s.kind() == Node.Scalar.Kind.BOOL) {
                throw in.error(n, path, "expected a string, got the boolean '" + s.text()
                        + "' (quote it to mean the text)");
            }
            return s.text();
        }
        throw in.error(n, path, "expected a string, got " + n.describe());
    }

    static long integer(Input in, Node n, String path, long min, long max) {
        Node.Scalar s = numeric(in, n, path);
        if (!INTEGER.matcher(s.text()).matches()) {
            throw in.error(n, path, "expected a whole number, got " + n.describe());
        }
        if (s.text().length() > 18) {
            throw in.error(n, path, n.describe() + " is out of range " + min + ".." + max);
        }
        long v = Long.parseLong(s.text());
        if (v < min || v > max) {
            throw in.error(n, path, v + " is out of range " + min + ".." + max);
        }
        return v;
    }

    /** A decimal number at least {@code min} (or greater than it when {@code exclusive}). */
    static double number(Input in, Node n, String path, double min, boolean exclusive) {
        Node.Scalar s = numeric(in, n, path);
        if (!DECIMAL.matcher(s.text()).matches()) {
            throw in.error(n, path, "expected a number, got " + n.describe());
        }
        double v = Double.parseDouble(s.text());
        if (exclusive ? v <= min : v < min) {
            String bound = min == 0 ? (exclusive ? "must be positive" : "must not be negative")
                    : "must be " + (exclusive ? "greater than " : "at least ") + fmt(min);
            throw in.error(n, path, bound + ", got " + s.text());
        }
        return v;
    }

    private static Node.Scalar numeric(Input in, Node n, String path) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.Scalar.Kind.INT || s.kind() == Node.Scalar.Kind.FLOAT)
                && !s.quoted()) {
            return s;
        }
        if (n instanceof Node.Scalar s && s.quoted() && DECIMAL.matcher(s.text()).matches()) {
            throw in.error(n, path, "expected a number, got the string " + n.describe() + " (remove the quotes)");
        }
        throw in.error(n, path, "expected a number, got " + n.describe());
    }

    static boolean bool(Input in, Node n, String path) {
        if (n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOL && !s.quoted()
                && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        throw in.error(n, path, "expected true or false, got " + n.describe());
    }

    /** A duration in whole seconds: {@code 90s}, {@code 20m}, {@code 2h}, {@code 7d} or a bare number. */
    static long seconds(Input in, Node n, String path) {
        if (n instanceof Node.Scalar s && !n.isEmpty()
                && (s.kind() == Node.Scalar.Kind.STRING || s.kind() == Node.Scalar.Kind.INT)) {
            OptionalLong v = Durations.parseSeconds(s.text());
            if (v.isPresent() && !s.text().equals(s.text().strip())) {
                v = OptionalLong.empty();
            }
            if (v.isPresent()) {
                return v.getAsLong();
            }
        }
        throw in.error(n, path, n.describe() + " is not a duration " + DURATION_FORMS);
    }

    static Cidr cidr(Input in, Node n, String path) {
        String text = string(in, n, path);
        return Cidr.parse(text).orElseThrow(() -> in.error(n, path, "'" + text + "' is not an IPv4 CIDR"));
    }

    static Ipv4 ipv4(Input in, Node n, String path) {
        String text = string(in, n, path);
        return Ipv4.parse(text).orElseThrow(() -> in.error(n, path, "'" + text + "' is not an IPv4 address"));
    }

    static ProtocolPorts spec(Input in, Node n, String path) {
        String text = string(in, n, path);
        return ProtocolPorts.parse(text).orElseThrow(
                () -> in.error(n, path, "'" + text + "' is not a protocol/port spec " + SPEC_FORMS));
    }

    /** One of a fixed set of values, spelled exactly as the format writes them. */
    static <E> E choice(Input in, Node n, String path, List<E> values, Function<E, String> id) {
        String text = string(in, n, path);
        for (E v : values) {
            if (id.apply(v).equals(text)) {
                return v;
            }
        }
        List<String> ids = values.stream().map(id).toList();
        String hint = "";
        for (String candidate : ids) {
            if (candidate.equalsIgnoreCase(text)) {
                hint = " (did you mean '" + candidate + "'?)";
            }
        }
        throw in.error(n, path, "'" + text + "' is not one of " + String.join(", ", ids) + hint);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
