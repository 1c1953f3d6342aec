package dev.vpcsim.scenario;

import dev.vpcsim.model.traffic.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code csv} shapes: files resolved against the base directory, header rows, column selection, errors in the CSV. */
class CsvSeriesTest {
    @TempDir
    Path dir;

    private String scenario(String signal) {
        return Yaml.lines("version: 1", "name: csv",
                "workloads: [{name: w, type: cloud-run-service, region: r}]",
                "traffic:",
                "  profiles:",
                "    - workload: w",
                "      throughputMbps: " + signal);
    }

    private Shape.Csv load(String csv, String signal) throws IOException {
        Files.writeString(dir.resolve("series.csv"), csv);
        var s = ScenarioLoader.load("scenarios/s.yaml", scenario(signal), dir).design().scenario();
        return assertInstanceOf(Shape.Csv.class,
                s.traffic().orElseThrow().profiles().get(0).throughputMbps().orElseThrow().shape());
    }

    private ScenarioInputException fail(String csv, String signal) throws IOException {
        Files.writeString(dir.resolve("series.csv"), csv);
        return assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("scenarios/s.yaml", scenario(signal), dir));
    }

    @Test
    void withoutHeaderTheSecondColumnIsTheValue() throws IOException {
        Shape.Csv c = load("0,1.5\r\n30,2\r\n\r\n90,0\r\n", "{shape: csv, file: series.csv}");
        assertArrayEquals(new double[] {0, 30, 90}, c.seconds());
        assertArrayEquals(new double[] {1.5, 2, 0}, c.values());
        assertEquals("2", c.column());
    }

    @Test
    void columnByIndexOrHeaderName() throws IOException {
        String csv = "t, a, \"b\"\n0, 1, 10\n60, 2, 20\n";
        assertArrayEquals(new double[] {10, 20}, load(csv, "{shape: csv, file: series.csv, column: 3}").values());
        assertArrayEquals(new double[] {10, 20}, load(csv, "{shape: csv, file: series.csv, column: b}").values());
        assertArrayEquals(new double[] {1, 2}, load(csv, "{shape: csv, file: series.csv, column: a}").values());
    }

    @Test
    void errorsInsideTheCsvNameItsLineAndColumn() throws IOException {
        ScenarioInputException e = fail("seconds,v\n0,1\n60,2\n30,3\n", "{shape: csv, file: series.csv}");
        assertEquals("scenarios/series.csv:4:1: traffic.profiles[0].throughputMbps.file: seconds must increase: 30"
                + " follows 60", e.getMessage());
        e = fail("0,1\n60\n", "{shape: csv, file: series.csv}");
        assertEquals("scenarios/series.csv:2:3: traffic.profiles[0].throughputMbps.file: the row has 1 field(s);"
                + " column 2 is missing", e.getMessage());
        e = fail("0,1\n60,  -2\n", "{shape: csv, file: series.csv}");
        assertEquals("scenarios/series.csv:2:6: traffic.profiles[0].throughputMbps.file: value must not be negative,"
                + " got -2", e.getMessage());
        e = fail("seconds,value\n\n", "{shape: csv, file: series.csv}");
        assertEquals("scenarios/series.csv:1:1: traffic.profiles[0].throughputMbps.file: the file has no data rows",
                e.getMessage());
        e = fail("0,1\n1,\u0000\n", "{shape: csv, file: series.csv}");
        assertEquals("scenarios/series.csv:2:3: traffic.profiles[0].throughputMbps.file: binary data: a NUL byte is"
                + " not text", e.getMessage());
    }

    @Test
    void columnSelectionErrorsPointAtTheYaml() throws IOException {
        // line 7 is "      throughputMbps: {shape: csv, file: series.csv, column: ...}"; "column: " ends at column 61, the value starts at 62
        ScenarioInputException e = fail("0,1\n", "{shape: csv, file: series.csv, column: 1}");
        assertEquals("scenarios/s.yaml:7:62: traffic.profiles[0].throughputMbps.column: column 1 holds the seconds;"
                + " the first value column is 2", e.getMessage());
        e = fail("0,1\n", "{shape: csv, file: series.csv, column: rps}");
        assertEquals("scenarios/series.csv has no header row; select the column by number (2 is the first value"
                + " column)", e.problem());
        assertEquals(62, e.column());
        e = fail("s,v\n0,1\n", "{shape: csv, file: series.csv, column: s}");
        assertEquals("'s' is the seconds column; select a value column", e.problem());
    }

    @Test
    void aMissingFileIsReportedAtTheYamlValue() {
        ScenarioInputException e = assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("s.yaml", scenario("{shape: csv, file: gone.csv}"), dir));
        // "      throughputMbps: {shape: csv, file: " is 41 columns
        assertEquals("s.yaml:7:42: traffic.profiles[0].throughputMbps.file: cannot read 'gone.csv': no such file",
                e.getMessage());
    }

    @Test
    void anOversizeCsvIsRefused() throws IOException {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) (16L * 1024 * 1024) + 10]);
        }
        ScenarioInputException e = assertThrows(ScenarioInputException.class,
                () -> ScenarioLoader.load("s.yaml", scenario("{shape: csv, file: big.csv}"), dir));
        assertEquals("big.csv:1:1: traffic.profiles[0].throughputMbps.file: the file is 16,777,226 bytes; the limit is"
                + " 16,777,216 bytes (16 MiB)", e.getMessage());
    }

    @Test
    void noiseOnACsvShape() throws IOException {
        Files.writeString(dir.resolve("series.csv"), "0,4\n");
        var s = ScenarioLoader.load("s.yaml", scenario("{shape: csv, file: series.csv, noise: {cv: 0.25}}"), dir)
                .design().scenario();
        assertEquals(0.25, s.traffic().orElseThrow().profiles().get(0).throughputMbps().orElseThrow().noiseCv());
    }
}
