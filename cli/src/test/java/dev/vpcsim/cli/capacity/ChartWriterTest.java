package dev.vpcsim.cli.capacity;

import dev.vpcsim.capacity.report.SimulationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartWriterTest {

    @Test
    void writesOneSvgPerConnectorAndSubnetTheSameBytesEveryTime(@TempDir Path dir) throws Exception {
        SimulationResult r = SampleRun.run();
        List<Path> first = new ChartWriter().write(r.series(), new OutputDirectory(dir.resolve("a")));
        List<Path> second = new ChartWriter().write(r.series(), new OutputDirectory(dir.resolve("b")));
        assertEquals(List.of("connector-my-connector.svg", "subnet-my-vpc-run-direct.svg"),
                first.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
        }
        // XChart draws text as glyph outlines: check the SVG shape, not its words
        String connector = Files.readString(first.get(0), StandardCharsets.UTF_8);
        assertTrue(connector.startsWith("<?xml"), connector.substring(0, 40));
        assertTrue(connector.contains("<svg") && connector.contains("width=\"" + ChartWriter.WIDTH + "px\""));
        assertTrue(connector.contains("stroke:rgb(214,39,40)"), "the saturated stretch is drawn in red");
        String subnet = Files.readString(first.get(1), StandardCharsets.UTF_8);
        assertTrue(subnet.contains("stroke-dasharray"), "the usable line is dashed");
        try (var files = Files.list(dir.resolve("a"))) {
            assertEquals(2, files.count());     // no temporary file left behind
        }
    }

    /** With -Dvpcsim.chartPreview=DIR, also renders PNGs there to look at. */
    @Test
    void previewAsPng() throws Exception {
        String preview = System.getProperty("vpcsim.chartPreview", "");
        SimulationResult r = SampleRun.run();
        XYChart c = ChartWriter.connectorChart(r.series().connectors().get(0), r.series());
        XYChart s = ChartWriter.subnetChart(r.series().subnets().get(0), r.series());
        assertEquals(ChartWriter.WIDTH, c.getWidth());
        if (!preview.isEmpty()) {
            Files.createDirectories(Path.of(preview));
            BitmapEncoder.saveBitmap(c, preview + "/connector", BitmapEncoder.BitmapFormat.PNG);
            BitmapEncoder.saveBitmap(s, preview + "/subnet", BitmapEncoder.BitmapFormat.PNG);
            new ChartWriter().write(r.series(), new OutputDirectory(Path.of(preview)));
            new SeriesCsvWriter().write(r.series(), new OutputDirectory(Path.of(preview)));
        }
    }
}
