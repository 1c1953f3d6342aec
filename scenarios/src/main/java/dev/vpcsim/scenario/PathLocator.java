package dev.vpcsim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the node a YAML path names ({@code workloads[2].vpcConnector}), for errors that the model reports by path.
 * Walks as far as the tree goes and answers the deepest node reached, so a path to a key that is absent points at
 * the mapping that lacks it.
 */
final class PathLocator {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d{1,9})]");

    private PathLocator() {
    }

    /** The node at {@code path}, or its nearest existing ancestor; the root for an empty path. */
    static Node locate(Node root, String path) {
        Node at = root;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            Node next = null;
            if (m.group(1) != null && at instanceof Node.MapNode map) {
                Node.Entry e = map.index().get(m.group(1));
                next = e == null ? null : e.value();
            } else if (m.group(2) != null && at instanceof Node.SeqNode seq) {
                int i = Integer.parseInt(m.group(2));
                next = i < seq.items().size() ? seq.items().get(i) : null;
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }
}
