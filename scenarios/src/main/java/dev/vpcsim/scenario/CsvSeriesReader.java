package dev.vpcsim.scenario;

import dev.vpcsim.model.traffic.Shape;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the series of a {@code {shape: csv, file: F, column: C}} signal.
 * <ul>
 *   <li>{@code file}: a path relative to the scenario's directory (an absolute path works too); UTF-8, at most
 *       {@link Limits#MAX_FILE_BYTES} and {@link Limits#MAX_CSV_ROWS} rows.</li>
 *   <li>Rows are {@code seconds,value[,more values]}: comma-separated, spaces around fields ignored, a field
 *       wrapped in double quotes loses them (no commas inside fields); blank lines are skipped; lines end with
 *       LF or CRLF. Seconds are non-negative numbers that strictly increase; values are non-negative
 *       numbers.</li>
 *   <li>The first non-blank row is a header when its first field is not a number.</li>
 *   <li>{@code column} selects the value column: a number is a 1-based index (2 is the first value column; 1 holds
 *       the seconds), a string is a header name (the file needs a header row). Omitted: column 2.</li>
 * </ul>
 * Errors inside the file name the CSV file (next to the scenario's display name), its line and column, and the
 * YAML path of {@code file}.
 */
final class CsvSeriesReader {
    private static final int MAX_COLUMN = 1000;
    private final Input in;

    CsvSeriesReader(Input in) {
        this.in = in;
    }

    Shape.Csv read(Fields f) {
        Node fileNode = f.required("file");
        String file = Values.string(in, fileNode, f.path("file"));
        String yamlPath = f.path("file");
        String display = in.csvDisplay(file);
        String text = text(fileNode, file, display, yamlPath);
        List<Row> rows = rows(text);
        Optional<List<String>> header = rows.isEmpty() || isNumber(rows.get(0).fields().get(0).text())
                ? Optional.empty() : Optional.of(rows.get(0).fields().stream().map(Field::text).toList());
        int column = column(f, header, display);
        List<Row> data = header.isPresent() ? rows.subList(1, rows.size()) : rows;
        if (data.isEmpty()) {
            throw new ScenarioInputException(display, 1, 1, yamlPath, "the file has no data rows");
        }
        if (data.size() > Limits.MAX_CSV_ROWS) {
            Row r = data.get(Limits.MAX_CSV_ROWS);
            throw new ScenarioInputException(display, r.line(), 1, yamlPath,
                    "more than " + Limits.grouped(Limits.MAX_CSV_ROWS) + " rows");
        }
        double[] seconds = new double[data.size()];
        double[] values = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            Row r = data.get(i);
            seconds[i] = number(r, r.fields().get(0), display, yamlPath, "seconds");
            if (i > 0 && seconds[i] <= seconds[i - 1]) {
                Field at = r.fields().get(0);
                throw new ScenarioInputException(display, r.line(), at.column(), yamlPath, "seconds must increase: "
                        + at.text() + " follows " + data.get(i - 1).fields().get(0).text());
            }
            if (r.fields().size() < column) {
                throw new ScenarioInputException(display, r.line(), r.end(), yamlPath, "the row has "
                        + r.fields().size() + " field(s); column " + column + " is missing");
            }
            values[i] = number(r, r.fields().get(column - 1), display, yamlPath, "value");
        }
        String label = f.get("column").map(n -> ((Node.Scalar) n).text()).orElse("2");
        return in.build(f.node(), f.path(), () -> new Shape.Csv(file, label, seconds, values));
    }

    private String text(Node fileNode, String file, String display, String yamlPath) {
        Path path;
        try {
            path = in.baseDir().resolve(file);
        } catch (InvalidPathException e) {
            throw in.error(fileNode, yamlPath, "'" + file + "' is not a valid path");
        }
        byte[] bytes;
        try {
            bytes = InputText.readBounded(path, display, yamlPath);
        } catch (NoSuchFileException e) {
            throw in.error(fileNode, yamlPath, "cannot read '" + file + "': no such file");
        } catch (IOException e) {
            throw in.error(fileNode, yamlPath, "cannot read '" + file + "': " + e);
        }
        try {
            return InputText.decode(bytes, display);
        } catch (ScenarioInputException e) {
            throw new ScenarioInputException(e.file(), e.line(), e.column(), yamlPath, e.problem());
        }
    }

    private int column(Fields f, Optional<List<String>> header, String display) {
        Optional<Node> n = f.get("column");
        if (n.isEmpty()) {
            return 2;
        }
        Node node = n.get();
        String at = f.path("column");
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.INT && !s.quoted()) {
            int index = (int) Values.integer(in, node, at, 1, MAX_COLUMN);
            if (index == 1) {
                throw in.error(node, at, "column 1 holds the seconds; the first value column is 2");
            }
            return index;
        }
        String name = Values.string(in, node, at);
        if (header.isEmpty()) {
            throw in.error(node, at, display + " has no header row; select the column by number (2 is the first"
                    + " value column)");
        }
        int index = header.get().indexOf(name);
        if (index < 0) {
            throw in.error(node, at, "no column named '" + name + "' in the header of " + display + " ("
                    + String.join(", ", header.get()) + ")");
        }
        if (index == 0) {
            throw in.error(node, at, "'" + name + "' is the seconds column; select a value column");
        }
        return index + 1;
    }

    private static double number(Row r, Field field, String display, String yamlPath, String what) {
        if (!isNumber(field.text())) {
            throw new ScenarioInputException(display, r.line(), field.column(), yamlPath,
                    "expected a number (" + what + "), got '" + field.text() + "'");
        }
        double v = Double.parseDouble(field.text());
        if (v < 0) {
            throw new ScenarioInputException(display, r.line(), field.column(), yamlPath,
                    what + " must not be negative, got " + field.text());
        }
        return v;
    }

    private static boolean isNumber(String text) {
        return Values.DECIMAL.matcher(text).matches();
    }

    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && rows.size() <= Limits.MAX_CSV_ROWS + 1; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            int start = 0;
            for (String raw : line.split(",", -1)) {
                int lead = raw.length() - raw.stripLeading().length();
                fields.add(new Field(unquote(raw.strip()), line.codePointCount(0, start + lead) + 1));
                start += raw.length() + 1;
            }
            rows.add(new Row(i + 1, line.codePointCount(0, line.length()) + 1, List.copyOf(fields)));
        }
        return rows;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** One non-blank line: its 1-based number, the column just past its end, its fields. */
    private record Row(int line, int end, List<Field> fields) {
    }

    /** One field, stripped, with the 1-based column where its text starts. */
    private record Field(String text, int column) {
    }
}
