package dev.vpcsim.check;

import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text helpers for finding messages: lists in plain words, money, rule summaries. Locale-independent. */
final class Texts {
    private Texts() {
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}; {@code none} for an empty list. */
    static String and(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code 1 workload}, {@code 2 workloads}. */
    static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    /** Two decimals, dot separator: {@code 12.23}. */
    static String usd(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }

    /** A number without a useless {@code .0}: {@code 450}, {@code 12.5}. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "");
    }

    /** The gcloud form of a rule's protocol list: {@code tcp:80,tcp:443}. */
    static String specs(List<ProtocolPorts> specs) {
        return specs.stream().map(ProtocolPorts::toString).collect(Collectors.joining(","));
    }

    /** {@code deny-all (priority 900, DENY)}. */
    static String rule(FirewallRule r) {
        return r.name() + " (priority " + r.priority() + ", " + r.action() + ")";
    }
}
