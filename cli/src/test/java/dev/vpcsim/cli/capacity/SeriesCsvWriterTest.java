package dev.vpcsim.cli.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.ConnectorSeries;
import dev.vpcsim.capacity.report.SubnetPoint;
import dev.vpcsim.capacity.report.SubnetSeries;
import dev.vpcsim.capacity.report.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeriesCsvWriterTest {

    @Test
    void oneFilePerSeriesWithUnitsInTheHeader(@TempDir Path dir) throws Exception {
        TimeSeries series = new TimeSeries(1, 1,
                List.of(new ConnectorSeries("my-connector", "e2-micro", 10, 100,
                        List.of(new ConnectorPoint(0, 150, 200, 2, 150), new ConnectorPoint(1, 450.25, 200, 2, 200)))),
                List.of(new SubnetSeries("my-vpc", "run direct", 24, 252,
                        List.of(new SubnetPoint(0, 200, 208, 252, 0, 0), new SubnetPoint(1, 240, 240, 252, 80, 80)))));
        List<Path> files = new SeriesCsvWriter().write(series, new OutputDirectory(dir));
        assertEquals("connector-my-connector.csv", files.get(0).getFileName().toString());
        assertEquals("subnet-my-vpc-run_direct.csv", files.get(1).getFileName().toString());
        assertEquals("seconds,demand_mbps,capacity_mbps,instances,delivered_mbps\n"
                + "0,150,200,2,150\n"
                + "1,450.25,200,2,200\n", Files.readString(files.get(0)));
        assertEquals("seconds,held_ips,reserved_ips,usable_ips,failed_starts,unserved_instances\n"
                + "0,200,208,252,0,0\n"
                + "1,240,240,252,80,80\n", Files.readString(files.get(1)));
    }

    @Test
    void oneRowPerChangeAndTheLastPoint(@TempDir Path dir) throws Exception {
        List<SubnetPoint> points = List.of(new SubnetPoint(0, 200, 208, 252, 0, 0), new SubnetPoint(1, 200, 208, 252, 0, 0),
                new SubnetPoint(2, 240, 240, 252, 80, 80), new SubnetPoint(3, 240, 240, 252, 0, 80),
                new SubnetPoint(4, 240, 240, 252, 0, 80), new SubnetPoint(5, 240, 240, 252, 0, 80));
        TimeSeries series = new TimeSeries(1, 1, List.of(), List.of(new SubnetSeries("n", "s", 24, 252, points)));
        List<Path> files = new SeriesCsvWriter().write(series, new OutputDirectory(dir));
        assertEquals("seconds,held_ips,reserved_ips,usable_ips,failed_starts,unserved_instances\n"
                + "0,200,208,252,0,0\n"
                + "2,240,240,252,80,80\n"
                + "3,240,240,252,0,80\n"
                + "5,240,240,252,0,80\n", Files.readString(files.get(0)));
    }

    @Test
    void numbersArePlainWithoutTrailingZeros() {
        assertEquals("450", SeriesCsvWriter.number(450.0));
        assertEquals("0.000001", SeriesCsvWriter.number(1e-6));
        assertEquals("12345678.5", SeriesCsvWriter.number(12_345_678.5));
        assertEquals("0", SeriesCsvWriter.number(-0.0));
    }
}
