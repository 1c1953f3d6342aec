package dev.vpcsim.cli.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.ConnectorSeries;
import dev.vpcsim.capacity.report.SubnetPoint;
import dev.vpcsim.capacity.report.SubnetSeries;
import dev.vpcsim.capacity.report.TimeSeries;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the time series as CSV, one file per connector ({@code connector-NAME.csv}) and per Direct VPC subnet
 * ({@code subnet-NETWORK-NAME.csv}), units in the header, one row per change (cli.md: "one row per step or per
 * change"): a point is written when any value differs from the previous row, and the last point always is, so
 * a value holds from its row's time until the next row. The points are per step, or per bucket of steps keeping
 * maxima when the run is longer than the series resolution ({@link TimeSeries}; {@code simulate --out} asks for
 * up to 1,000,000 points). Numbers are written in plain notation without trailing zeros, {@code \n} line ends,
 * UTF-8: the same series gives the same bytes.
 */
public final class SeriesCsvWriter {
    /** Header of a connector file. */
    public static final String CONNECTOR_HEADER = "seconds,demand_mbps,capacity_mbps,instances,delivered_mbps";
    /** Header of a subnet file. */
    public static final String SUBNET_HEADER = "seconds,held_ips,reserved_ips,usable_ips,failed_starts,unserved_instances";

    /** Writes every series file; returns the files in order (connectors, then subnets). */
    public List<Path> write(TimeSeries series, OutputDirectory out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (ConnectorSeries c : series.connectors()) {
            files.add(out.write(connectorFileName(c), os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                writeConnector(c, w);
                w.flush();
            }));
        }
        for (SubnetSeries s : series.subnets()) {
            files.add(out.write(subnetFileName(s), os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                writeSubnet(s, w);
                w.flush();
            }));
        }
        return files;
    }

    public static String connectorFileName(ConnectorSeries c) {
        return "connector-" + OutputDirectory.safeName(c.name()) + ".csv";
    }

    public static String subnetFileName(SubnetSeries s) {
        return "subnet-" + OutputDirectory.safeName(s.network()) + "-" + OutputDirectory.safeName(s.name()) + ".csv";
    }

    static void writeConnector(ConnectorSeries c, Writer w) throws IOException {
        w.write(CONNECTOR_HEADER);
        w.write('\n');
        List<ConnectorPoint> points = c.points();
        String previous = null;
        for (int i = 0; i < points.size(); i++) {
            ConnectorPoint p = points.get(i);
            String values = number(p.demandMbps()) + ',' + number(p.capacityMbps()) + ',' + p.instances() + ','
                    + number(p.deliveredMbps());
            if (!values.equals(previous) || i == points.size() - 1) {
                w.append(Long.toString(p.seconds())).append(',').append(values).append('\n');
            }
            previous = values;
        }
    }

    static void writeSubnet(SubnetSeries s, Writer w) throws IOException {
        w.write(SUBNET_HEADER);
        w.write('\n');
        List<SubnetPoint> points = s.points();
        String previous = null;
        for (int i = 0; i < points.size(); i++) {
            SubnetPoint p = points.get(i);
            String values = p.heldIps() + "," + p.reservedIps() + "," + p.usableIps() + "," + p.failedStarts() + ","
                    + p.unservedInstances();
            if (!values.equals(previous) || i == points.size() - 1) {
                w.append(Long.toString(p.seconds())).append(',').append(values).append('\n');
            }
            previous = values;
        }
    }

    /** Plain decimal notation, no exponent, no trailing zeros: 450.0 -> 450, 0.5 -> 0.5. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
