package dev.vpcsim.cli.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.ConnectorSeries;
import dev.vpcsim.capacity.report.SubnetPoint;
import dev.vpcsim.capacity.report.SubnetSeries;
import dev.vpcsim.capacity.report.TimeSeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the time series as SVG charts with XChart ({@link VectorGraphicsEncoder}; its SVG backend,
 * VectorGraphics2D, is already a dependency of XChart, and SVG is text, so the same data gives the same
 * bytes). Per connector ({@code connector-NAME.svg}): demand and capacity in Mbps, the undelivered excess
 * highlighted, and the instance count on a second axis. Per Direct VPC subnet
 * ({@code subnet-NETWORK-NAME.svg}): reserved and in-use addresses against the usable size (a dashed
 * horizontal line), with a marker wherever instances failed to start. Long series are thinned to at most
 * {@value #MAX_POINTS} points keeping maxima.
 */
public final class ChartWriter {
    static final int MAX_POINTS = 2000;
    static final int WIDTH = 1100;
    static final int HEIGHT = 550;
    private static final Color DEMAND = new Color(0x1f, 0x77, 0xb4);
    private static final Color CAPACITY = new Color(0x2c, 0xa0, 0x2c);
    private static final Color SHORTFALL = new Color(0xd6, 0x27, 0x28);
    private static final Color INSTANCES = new Color(0x7f, 0x7f, 0x7f);
    private static final Color LIMIT = Color.BLACK;

    /** Writes every chart; returns the files in order (connectors, then subnets). */
    public List<Path> write(TimeSeries series, OutputDirectory out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (ConnectorSeries c : series.connectors()) {
            XYChart chart = connectorChart(c, series);
            files.add(out.write(fileName("connector-" + OutputDirectory.safeName(c.name())), os -> svg(chart, os)));
        }
        for (SubnetSeries s : series.subnets()) {
            XYChart chart = subnetChart(s, series);
            files.add(out.write(fileName("subnet-" + OutputDirectory.safeName(s.network()) + "-"
                    + OutputDirectory.safeName(s.name())), os -> svg(chart, os)));
        }
        return files;
    }

    /** The chart as SVG, its line segments merged into paths ({@link SvgCompactor}). */
    static void svg(XYChart chart, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, raw, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        out.write(SvgCompactor.compact(raw.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static String fileName(String base) {
        return base + ".svg";
    }

    /** Demand against capacity, undelivered excess highlighted, instances on the right axis. */
    static XYChart connectorChart(ConnectorSeries c, TimeSeries series) {
        List<ConnectorPoint> points = Thinning.connector(c.points(), MAX_POINTS);
        long end = c.points().isEmpty() ? 0 : c.points().get(c.points().size() - 1).seconds() + series.bucketSeconds();
        TimeAxis axis = TimeAxis.of(end);
        int n = points.size();
        double[] x = new double[n];
        double[] demand = new double[n];
        double[] capacity = new double[n];
        double[] instances = new double[n];
        double[] shortfall = new double[n];
        for (int i = 0; i < n; i++) {
            ConnectorPoint p = points.get(i);
            x[i] = axis.scale(p.seconds());
            demand[i] = p.demandMbps();
            capacity[i] = p.capacityMbps();
            instances[i] = p.instances();
            shortfall[i] = p.demandMbps() > p.deliveredMbps() ? p.demandMbps() : Double.NaN;
        }
        String title = "Connector " + c.name() + " (" + c.machineType() + ", up to " + c.maxInstances() + " x "
                + SeriesCsvWriter.number(c.throughputPerInstanceMbps()) + " Mbps): demand vs capacity";
        XYChart chart = base(title, axis, end, "throughput (Mbps)");
        line(chart, "demand (Mbps)", x, demand, DEMAND, 1.5f);
        Steps cap = Steps.of(x, capacity);
        line(chart, "capacity (Mbps)", cap.x(), cap.y(), CAPACITY, 2f);
        if (hasValue(shortfall)) {
            XYSeries s = line(chart, "saturated: demand above capacity", x, shortfall, SHORTFALL, 3f);
            s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(SHORTFALL);
        }
        Steps inst = Steps.of(x, instances);
        XYSeries is = line(chart, "instances (right axis)", inst.x(), inst.y(), INSTANCES, 1f);
        is.setLineStyle(dashed(1f));
        is.setYAxisGroup(1);
        chart.setYAxisGroupTitle(1, "instances");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setYAxisMin(1, 0.0);
        chart.getStyler().setYAxisMax(1, (double) c.maxInstances() + 1);
        chart.getStyler().setYAxisMin(0, 0.0);
        return chart;
    }

    /** Reserved and in-use addresses against the usable size, failed starts marked. */
    static XYChart subnetChart(SubnetSeries s, TimeSeries series) {
        List<SubnetPoint> points = Thinning.subnet(s.points(), MAX_POINTS);
        long end = s.points().isEmpty() ? 0 : s.points().get(s.points().size() - 1).seconds() + series.bucketSeconds();
        TimeAxis axis = TimeAxis.of(end);
        int n = points.size();
        double[] x = new double[n];
        double[] held = new double[n];
        double[] reserved = new double[n];
        double[] failed = new double[n];
        for (int i = 0; i < n; i++) {
            SubnetPoint p = points.get(i);
            x[i] = axis.scale(p.seconds());
            held[i] = p.heldIps();
            reserved[i] = p.reservedIps();
            failed[i] = p.failedStarts() > 0 || p.unservedInstances() > 0 ? p.reservedIps() : Double.NaN;
        }
        String title = "Direct VPC subnet " + s.network() + "/" + s.name() + " (/" + s.prefixLength() + ", "
                + s.usableIps() + " usable addresses): reserved vs usable";
        XYChart chart = base(title, axis, end, "IP addresses");
        Steps res = Steps.of(x, reserved);
        line(chart, "reserved (blocks of 16)", res.x(), res.y(), SHORTFALL, 2f);
        line(chart, "in use (2 per instance, retained, job tasks)", x, held, DEMAND, 1.5f);
        double[] edges = {0, axis.scale(end)};
        XYSeries usable = line(chart, "usable (" + s.usableIps() + ")", edges,
                new double[] {s.usableIps(), s.usableIps()}, LIMIT, 1.5f);
        usable.setLineStyle(dashed(1.5f));
        if (hasValue(failed)) {
            XYSeries f = chart.addSeries("instances failed to start", x, failed);
            f.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            f.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(Color.ORANGE.darker());
        }
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static XYChart base(String title, TimeAxis axis, long endSeconds, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("time (" + axis.unit() + ")").yAxisTitle(yTitle).build();
        XYStyler st = chart.getStyler();
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotGridLinesColor(new Color(0xe4, 0xe4, 0xe4));
        st.setPlotGridLinesStroke(new BasicStroke(1f));   // dashed grid lines become thousands of SVG segments
        st.setToolTipsEnabled(false);
        st.setXAxisMin(0.0);
        st.setXAxisMax(Math.max(axis.scale(endSeconds), 1e-9));
        st.setXAxisDecimalPattern("#,##0.##");
        st.setYAxisDecimalPattern("#,##0.##");
        st.setMarkerSize(4);
        roundTimeTicks(chart, axis.scale(endSeconds));
        return chart;
    }

    /**
     * XChart takes its ticks from the data when every x value is equally spaced (as bucket starts are), which
     * gives ticks such as 0.9 h, 1.8 h; one invisible point off that grid makes it choose round ticks instead.
     */
    private static void roundTimeTicks(XYChart chart, double end) {
        XYSeries helper = chart.addSeries(" ", new double[] {end * 1e-6}, new double[] {0});
        helper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        helper.setMarker(SeriesMarkers.NONE);
        helper.setShowInLegend(false);
    }

    private static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, float width) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineWidth(width);
        return s;
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    private static boolean hasValue(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
