package dev.vpcsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Strict reading of one YAML mapping: refuses keys it does not know (suggesting the closest known one), reports a
 * missing required key at the mapping, and converts values with {@link Values} at their own line and column. An
 * empty value ({@code key:} with nothing after it, {@code ~}, {@code null}) counts as absent for optional keys.
 */
final class Fields {
    private final Input in;
    private final Node.MapNode map;
    private final String path;

    private Fields(Input in, Node.MapNode map, String path) {
        this.in = in;
        this.map = map;
        this.path = path;
    }

    /** Opens a mapping that may hold only the given keys. */
    static Fields of(Input in, Node node, String path, String what, String... keys) {
        return open(in, node, path, what).allowOnly("", keys);
    }

    /** Opens a mapping without checking its keys (call {@link #allowOnly} once the allowed keys are known). */
    static Fields open(Input in, Node node, String path, String what) {
        if (node instanceof Node.MapNode m) {
            return new Fields(in, m, path);
        }
        throw in.error(node, path, "expected " + what + " (a mapping), got " + node.describe());
    }

    /** Refuses the first key (in file order) that is not one of {@code keys}; {@code context} ends the message. */
    Fields allowOnly(String context, String... keys) {
        List<String> known = Arrays.asList(keys);
        for (Node.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                String hint = Suggest.closest(e.key(), known).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw in.error(e, path(e.key()), "unknown key '" + e.key() + "'" + context + hint);
            }
        }
        return this;
    }

    Node.MapNode node() {
        return map;
    }

    String path() {
        return path;
    }

    /** The path of a key of this mapping. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Optional<Node.Entry> entry(String key) {
        return Optional.ofNullable(map.index().get(key));
    }

    /** The value of an optional key; empty when absent or empty. */
    Optional<Node> get(String key) {
        Node.Entry e = map.index().get(key);
        return e == null || e.value().isEmpty() ? Optional.empty() : Optional.of(e.value());
    }

    /** The value of a required key. */
    Node required(String key) {
        Node.Entry e = map.index().get(key);
        if (e == null) {
            throw in.error(map, path, "missing required key '" + key + "'");
        }
        if (e.value().isEmpty()) {
            throw in.error(e.value(), path(key), "must not be empty");
        }
        return e.value();
    }

    String string(String key) {
        return Values.string(in, required(key), path(key));
    }

    Optional<String> optString(String key) {
        return get(key).map(n -> Values.string(in, n, path(key)));
    }

    boolean bool(String key, boolean dflt) {
        return get(key).map(n -> Values.bool(in, n, path(key))).orElse(dflt);
    }

    int integer(String key, int dflt, int min, int max) {
        return optInteger(key, min, max).orElse(dflt);
    }

    int requiredInteger(String key, int min, int max) {
        return (int) Values.integer(in, required(key), path(key), min, max);
    }

    Optional<Integer> optInteger(String key, int min, int max) {
        return get(key).map(n -> (int) Values.integer(in, n, path(key), min, max));
    }

    double number(String key, double min, boolean exclusive) {
        return Values.number(in, required(key), path(key), min, exclusive);
    }

    Optional<Double> optNumber(String key, double min, boolean exclusive) {
        return get(key).map(n -> Values.number(in, n, path(key), min, exclusive));
    }

    long seconds(String key) {
        return Values.seconds(in, required(key), path(key));
    }

    long seconds(String key, long dflt) {
        return get(key).map(n -> Values.seconds(in, n, path(key))).orElse(dflt);
    }

    <E> E choice(String key, E dflt, List<E> values, Function<E, String> id) {
        return get(key).map(n -> Values.choice(in, n, path(key), values, id)).orElse(dflt);
    }

    <E> E requiredChoice(String key, List<E> values, Function<E, String> id) {
        return Values.choice(in, required(key), path(key), values, id);
    }

    /** A list whose items {@code item} maps; an absent or empty key is an empty list. */
    <T> List<T> list(String key, Item<T> item) {
        Optional<Node> n = get(key);
        if (n.isEmpty()) {
            return List.of();
        }
        return items(n.get(), path(key), item);
    }

    /** The items of a list node. */
    <T> List<T> items(Node n, String at, Item<T> item) {
        if (!(n instanceof Node.SeqNode seq)) {
            throw in.error(n, at, "expected a list, got " + n.describe());
        }
        List<T> out = new ArrayList<>(seq.items().size());
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(item.map(seq.items().get(i), at + "[" + i + "]"));
        }
        return out;
    }

    /** A list of scalars converted by {@code value}; a list item may not be empty. */
    <T> List<T> values(String key, Item<T> value) {
        return list(key, (node, at) -> {
            if (node.isEmpty()) {
                throw in.error(node, at, "must not be empty");
            }
            return value.map(node, at);
        });
    }

    /**
     * The one key of {@code keys} that is written (empty values count as written). Two written: an error at the
     * second, in file order; none: an error at this mapping.
     */
    String exactlyOne(String what, String... keys) {
        List<String> options = Arrays.asList(keys);
        Node.Entry first = null;
        for (Node.Entry e : map.entries()) {
            if (options.contains(e.key())) {
                if (first != null) {
                    throw in.error(e, path(e.key()), "both '" + first.key() + "' and '" + e.key()
                            + "' are given; " + what + " takes exactly one of " + String.join(", ", keys));
                }
                first = e;
            }
        }
        if (first == null) {
            throw in.error(map, path, "missing " + String.join(" or ", keys) + " (" + what + " takes exactly one of "
                    + String.join(", ", keys) + ")");
        }
        return first.key();
    }

    /** Refuses a key that does not apply here, at the key. */
    void forbid(String key, String why) {
        Node.Entry e = map.index().get(key);
        if (e != null) {
            throw in.error(e, path(key), "'" + key + "' " + why);
        }
    }

    /** Maps one node at a YAML path to a value. */
    @FunctionalInterface
    interface Item<T> {
        T map(Node node, String path);
    }
}
