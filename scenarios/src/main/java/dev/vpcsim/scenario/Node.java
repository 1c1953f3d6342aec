package dev.vpcsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * A YAML node with the place it starts in the file: a mapping, a list or a scalar. An alias shares the node its
 * anchor names, so a node may appear in several places of the tree.
 */
sealed interface Node permits Node.MapNode, Node.SeqNode, Node.Scalar {

    /** 1-based line where the node starts. */
    int line();

    /** 1-based column (code points) where the node starts. */
    int column();

    /** How many nodes this one stands for: itself plus its children, aliases expanded. */
    long expandedSize();

    /** A short description for messages: {@code a mapping}, {@code a list}, {@code 'abc'}. */
    String describe();

    /** True for a null scalar ({@code ~}, {@code null}) or an empty one (a key with nothing after it, {@code ""}). */
    default boolean isEmpty() {
        return this instanceof Scalar s && (s.kind() == Scalar.Kind.NULL || s.text().isEmpty());
    }

    /** One key of a mapping with the place of the key. */
    record Entry(String key, int line, int column, Node value) {
    }

    /** A mapping; keys are unique (the reader refuses duplicates). */
    record MapNode(int line, int column, List<Entry> entries, Map<String, Entry> index, long expandedSize)
            implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    record SeqNode(int line, int column, List<Node> items, long expandedSize) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written.
     *
     * @param kind   how YAML resolved it (a quoted scalar is always a STRING)
     * @param text   the text as written, without quotes
     * @param quoted true when written in single or double quotes (or as a block scalar)
     */
    record Scalar(int line, int column, Kind kind, String text, boolean quoted) implements Node {

        /** How the YAML parser resolved the scalar. */
        enum Kind { STRING, INT, FLOAT, BOOL, NULL }

        @Override
        public long expandedSize() {
            return 1;
        }

        @Override
        public String describe() {
            if (kind == Kind.NULL || text.isEmpty()) {
                return "nothing";
            }
            String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            return "'" + shown + "'";
        }
    }
}
