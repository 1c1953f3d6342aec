package dev.vpcsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML text into a tree of located {@link Node}s with Jackson's streaming YAML parser. Refuses duplicate keys
 * (at the second one), merge keys, tags other than {@code !!str}, more than one document, nesting deeper than
 * {@link Limits#MAX_DEPTH} and more than {@link Limits#MAX_NODES} nodes. Anchors and aliases are supported: an alias
 * shares the anchored node, and counts as all the nodes it stands for against the node limit, so an alias bomb
 * stops with an error after at most that many nodes. Every parser exception becomes a one-line
 * {@link ScenarioInputException} at the line and column SnakeYAML reports.
 */
final class YamlTreeReader {
    private static final EventYamlFactory FACTORY = EventYamlFactory.create();
    private static final String STR_TAG = "tag:yaml.org,2002:str";
    private static final Set<String> STRUCT_TAGS = Set.of("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    private final String display;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private final List<Object> path = new ArrayList<>();
    private EventYamlFactory.EventParser p;
    private long nodes;

    private YamlTreeReader(String display) {
        this.display = display;
    }

    /** The root node, or empty for a document with no content (an empty file, only comments). */
    static Optional<Node> read(String text, String display) {
        return new YamlTreeReader(display).readAll(FlowTabs.untab(text));
    }

    private Optional<Node> readAll(String text) {
        try (EventYamlFactory.EventParser parser = (EventYamlFactory.EventParser) FACTORY.createParser(new StringReader(text))) {
            this.p = parser;
            JsonToken first = p.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            Node root = value(first, 1);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw here("a second YAML document starts here; a scenario file holds exactly one");
            }
            return Optional.of(root);
        } catch (JsonProcessingException | org.yaml.snakeyaml.error.YAMLException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new ScenarioInputException(display, 1, 1, "", "cannot read the YAML: " + firstLine(e.getMessage()));
        }
    }

    private Node value(JsonToken t, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int column = loc.getColumnNr();
        if (p.isCurrentAlias()) {
            return alias(p.getText(), line, column);
        }
        checkTag();
        Event event = p.lastEvent();
        String anchor = event instanceof org.yaml.snakeyaml.events.NodeEvent ne ? ne.getAnchor() : null;
        if (anchor != null) {
            openAnchors.add(anchor);
        }
        Node node;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (depth > Limits.MAX_DEPTH) {
                throw here("nesting deeper than " + Limits.MAX_DEPTH + " levels");
            }
            count(1, line, column, false);
            node = t == JsonToken.START_OBJECT ? map(line, column, depth) : seq(line, column, depth);
        } else {
            count(1, line, column, false);
            node = scalar(t, event, line, column);
        }
        if (anchor != null) {
            openAnchors.remove(anchor);
            anchors.put(anchor, node);
        }
        return node;
    }

    private Node.MapNode map(int line, int column, int depth) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Node.Entry> index = new HashMap<>();
        long size = 1;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw here("expected a key, got " + t);
            }
            JsonLocation loc = p.currentTokenLocation();
            String key = p.currentName();
            path.add(key);
            if ("<<".equals(key) && p.lastEvent() instanceof ScalarEvent se && se.isPlain()) {
                throw here("merge keys (<<) are not supported; write the keys out, or alias a whole mapping");
            }
            Node.Entry first = index.get(key);
            if (first != null) {
                throw here("duplicate key '" + key + "' (first at line " + first.line() + ", column " + first.column() + ")");
            }
            Node v = value(p.nextToken(), depth + 1);
            path.remove(path.size() - 1);
            size += v.expandedSize();
            Node.Entry e = new Node.Entry(key, loc.getLineNr(), loc.getColumnNr(), v);
            entries.add(e);
            index.put(key, e);
        }
        return new Node.MapNode(line, column, List.copyOf(entries), Map.copyOf(index), size);
    }

    private Node.SeqNode seq(int line, int column, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        long size = 1;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            path.add(items.size());
            Node v = value(t, depth + 1);
            path.remove(path.size() - 1);
            size += v.expandedSize();
            items.add(v);
        }
        return new Node.SeqNode(line, column, List.copyOf(items), size);
    }

    private Node scalar(JsonToken t, Event event, int line, int column) throws IOException {
        boolean quoted = event instanceof ScalarEvent se && !se.isPlain();
        String text = event instanceof ScalarEvent se ? se.getValue() : p.getText();
        Node.Scalar.Kind kind = switch (t) {
            case VALUE_STRING -> Node.Scalar.Kind.STRING;
            case VALUE_NUMBER_INT -> Node.Scalar.Kind.INT;
            case VALUE_NUMBER_FLOAT -> Node.Scalar.Kind.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> Node.Scalar.Kind.BOOL;
            case VALUE_NULL -> Node.Scalar.Kind.NULL;
            default -> throw here("unsupported YAML value (" + t + ")");
        };
        return new Node.Scalar(line, column, kind, text == null ? "" : text, quoted);
    }

    private Node alias(String name, int line, int column) {
        Node target = anchors.get(name);
        if (target == null) {
            throw new ScenarioInputException(display, line, column, pathText(), openAnchors.contains(name)
                    ? "alias *" + name + " refers to the node that contains it (recursive alias)"
                    : "alias *" + name + " names no anchor defined before it");
        }
        count(target.expandedSize(), line, column, true);
        return target;
    }

    private void checkTag() throws IOException {
        Object tag = p.getTypeId();
        if (tag != null && !STR_TAG.equals(tag) && !STRUCT_TAGS.contains(tag)) {
            throw here("the YAML tag '" + tag + "' is not supported (only !!str is)");
        }
    }

    private void count(long n, int line, int column, boolean alias) {
        nodes += n;
        if (nodes > Limits.MAX_NODES) {
            throw new ScenarioInputException(display, line, column, pathText(), alias
                    ? "aliases expand to more than " + Limits.grouped(Limits.MAX_NODES) + " nodes"
                    : "more than " + Limits.grouped(Limits.MAX_NODES) + " nodes");
        }
    }

    private ScenarioInputException here(String problem) {
        JsonLocation loc = p.currentTokenLocation();
        return new ScenarioInputException(display, loc.getLineNr(), loc.getColumnNr(), pathText(), problem);
    }

    /** The YAML path of the node being read: {@code networks[0].subnets[1].range}. */
    private String pathText() {
        StringBuilder sb = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(segment);
            }
        }
        return sb.toString();
    }

    private ScenarioInputException translate(Exception e) {
        for (Throwable x = e; x != null; x = x.getCause()) {
            if (x instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
                if (m.getContext() != null && m.getProblem() != null) {
                    problem += " (" + m.getContext() + ")";
                }
                int line = mark == null ? 1 : mark.getLine() + 1;
                int column = mark == null ? 1 : mark.getColumn() + 1;
                if (problem.contains("\\t(TAB)")) {
                    problem = "a tab character cannot indent YAML; indent with spaces";
                }
                return new ScenarioInputException(display, line, column, pathText(), firstLine(problem));
            }
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            String message = firstLine(j.getOriginalMessage());
            if (message.contains("AliasEvent")) {
                message = "an alias cannot be a mapping key";
            } else if (message.startsWith("Expected a field name")) {
                message = "a mapping key must be a plain scalar, not a list or a mapping";
            }
            return new ScenarioInputException(display, j.getLocation().getLineNr(), j.getLocation().getColumnNr(),
                    pathText(), message);
        }
        return new ScenarioInputException(display, 1, 1, "", firstLine(e.getMessage()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
