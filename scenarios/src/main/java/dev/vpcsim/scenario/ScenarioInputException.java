package dev.vpcsim.scenario;

import java.util.Objects;

/**
 * A scenario file (or a CSV file it names) that cannot be used: a YAML syntax error, an unknown key, a value of
 * the wrong type or outside what the format allows, a reference to a name that does not exist, or input that
 * breaks a limit (size, nesting, aliases). The message is one line:
 * {@code FILE:LINE:COLUMN: YAML.PATH: what is wrong}, for example
 * {@code scenario.yaml:14:16: networks[0].subnets[1].range: '10.0.0.300/24' is not an IPv4 CIDR}.
 * Lines and columns are 1-based; columns count Unicode code points.
 */
public final class ScenarioInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The path shown when no YAML path applies (a syntax error, an empty file). */
    public static final String DOCUMENT = "(document)";

    private final String file;
    private final int line;
    private final int column;
    private final String yamlPath;
    private final String problem;

    /**
     * @param file     the file as the caller named it (display name), or the CSV file for errors inside one
     * @param line     1-based line
     * @param column   1-based column
     * @param yamlPath path of the offending value ({@code networks[0].firewall[2].priority}); empty means
     *                 {@link #DOCUMENT}
     * @param problem  what is wrong, one line
     */
    public ScenarioInputException(String file, int line, int column, String yamlPath, String problem) {
        super(format(file, line, column, yamlPath, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.yamlPath = yamlPath == null || yamlPath.isEmpty() ? DOCUMENT : yamlPath;
        this.problem = oneLine(Objects.requireNonNull(problem, "problem"));
    }

    private static String format(String file, int line, int column, String yamlPath, String problem) {
        String path = yamlPath == null || yamlPath.isEmpty() ? DOCUMENT : yamlPath;
        return file + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + path + ": " + oneLine(problem);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The file as the caller named it (or the CSV file the error is in). */
    public String file() {
        return file;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column, in Unicode code points. */
    public int column() {
        return column;
    }

    /** The YAML path of the offending value, or {@code (document)}. */
    public String yamlPath() {
        return yamlPath;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
