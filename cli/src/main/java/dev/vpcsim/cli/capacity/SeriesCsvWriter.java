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
 * ({@code subnet-NETWORK-NAME.csv}), units in the header, one row per point (per step, or per bucket of steps
 * keeping maxima when the run is long: see {@link TimeSeries}). Numbers are written in plain notation without
 * trailing zeros, {@code \n} line ends, UTF-8: the same series gives the same bytes.
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
        StringBuilder row = new StringBuilder(64);
        for (ConnectorPoint p : c.points()) {
            row.setLength(0);
            row.append(p.seconds()).append(',').append(number(p.demandMbps())).append(',')
                    .append(number(p.capacityMbps())).append(',').append(p.instances()).append(',')
                    .append(number(p.deliveredMbps())).append('\n');
            w.append(row);
        }
    }

    static void writeSubnet(SubnetSeries s, Writer w) throws IOException {
        w.write(SUBNET_HEADER);
        w.write('\n');
        StringBuilder row = new StringBuilder(64);
        for (SubnetPoint p : s.points()) {
            row.setLength(0);
            row.append(p.seconds()).append(',').append(p.heldIps()).append(',').append(p.reservedIps()).append(',')
                    .append(p.usableIps()).append(',').append(p.failedStarts()).append(',')
                    .append(p.unservedInstances()).append('\n');
            w.append(row);
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
