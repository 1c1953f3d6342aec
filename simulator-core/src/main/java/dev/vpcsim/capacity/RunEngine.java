package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.ConnectorSeries;
import dev.vpcsim.capacity.report.SubnetSeries;
import dev.vpcsim.capacity.report.TimeSeries;
import dev.vpcsim.model.traffic.Signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The run loop. Time advances in blocks of {@value #BLOCK} steps: every signal fills a primitive buffer for
 * the block (noise applied), connector demand and Direct VPC instance demand are derived from the buffers,
 * then the trackers advance step by step. Nothing is allocated per step.
 * <p>
 * Each run is simulated with subnets capped by their usable addresses; if any instance failed to start, the
 * run is repeated (same noise) with uncapped subnets to measure the reservation it asked for.
 */
final class RunEngine {
    static final int BLOCK = 1024;

    private RunEngine() {
    }

    /**
     * One run.
     *
     * @param plan   the compiled design
     * @param run    run index (reported back)
     * @param noisy  whether signals carry their noise
     * @param seed   the run's seed (per-signal streams are derived from it)
     * @param record whether to record time series
     */
    static RunOutcome run(SimulationPlan plan, int run, boolean noisy, long seed, boolean record) {
        RunOutcome capped = simulate(plan, run, noisy, seed, record, true);
        if (!capped.anyFailedStart()) {
            return capped;
        }
        RunOutcome asked = simulate(plan, run, noisy, seed, false, false);
        List<SubnetOutcome> subnets = new ArrayList<>();
        for (int s = 0; s < capped.subnets().size(); s++) {
            subnets.add(capped.subnets().get(s).withPeakRequestedReservedIps(asked.subnets().get(s).peakReservedIps()));
        }
        return new RunOutcome(run, capped.connectors(), subnets, capped.series());
    }

    private static RunOutcome simulate(SimulationPlan plan, int run, boolean noisy, long seed, boolean record,
                                       boolean capped) {
        SimulationOptions o = plan.options;
        int steps = o.steps();
        long step = o.stepSeconds();
        long lastDt = o.lastStepSeconds();
        int bucket = SeriesRecorder.bucketSteps(steps, o.maxSeriesPoints());
        boolean withConnectors = capped;

        int channels = plan.channels.size();
        ShapeCursor[] cursors = new ShapeCursor[channels];
        Noise[] noises = new Noise[channels];
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int c = 0; c < channels; c++) {
            Signal signal = plan.channels.get(c);
            cursors[c] = ShapeCursor.of(signal.shape(), step);
            long channelSeed = seeds.nextLong();
            if (noisy && signal.noiseCv() > 0) {
                noises[c] = new Noise(channelSeed, signal.noiseCv(), o.noiseIntervalSeconds(), step);
            }
        }
        double[][] values = new double[channels][BLOCK];

        int nc = withConnectors ? plan.connectors.size() : 0;
        ConnectorTracker[] connectors = new ConnectorTracker[nc];
        SeriesRecorder.Connector[] connectorRecorders = new SeriesRecorder.Connector[nc];
        for (int c = 0; c < nc; c++) {
            connectors[c] = new ConnectorTracker(plan.scalings.get(c), step);
            connectorRecorders[c] = record ? new SeriesRecorder.ConnectorBuckets(steps, bucket, step)
                    : SeriesRecorder.Connector.NONE;
        }
        double[] demand = new double[BLOCK];

        int nw = plan.demands.size();
        int[][] wanted = new int[nw][BLOCK];
        int ns = plan.subnets.size();
        SubnetTracker[] subnets = new SubnetTracker[ns];
        SeriesRecorder.Subnet[] subnetRecorders = new SeriesRecorder.Subnet[ns];
        for (int s = 0; s < ns; s++) {
            SimulationPlan.SubnetPlan sp = plan.subnets.get(s);
            JobTracker[] jobs = sp.jobs().stream().map(j -> new JobTracker(j, step)).toArray(JobTracker[]::new);
            long usable = sp.subnet().usableAddresses();
            subnets[s] = new SubnetTracker(usable, capped, sp.workloads(), sp.rolloutSteps(), jobs, step);
            subnetRecorders[s] = record ? new SeriesRecorder.SubnetBuckets(steps, bucket, step, usable)
                    : SeriesRecorder.Subnet.NONE;
        }
        boolean[] needed = channelsNeeded(plan, withConnectors);

        for (int first = 0; first < steps; first += BLOCK) {
            int len = Math.min(BLOCK, steps - first);
            for (int c = 0; c < channels; c++) {
                if (needed[c]) {
                    cursors[c].fill(values[c], first, len);
                    if (noises[c] != null) {
                        noises[c].apply(values[c], first, len);
                    }
                }
            }
            for (int c = 0; c < nc; c++) {
                sumDemand(values, plan.connectorChannels[c], demand, len);
                ConnectorTracker t = connectors[c];
                SeriesRecorder.Connector rec = connectorRecorders[c];
                for (int i = 0; i < len; i++) {
                    int k = first + i;
                    t.step(demand[i], k == steps - 1 ? lastDt : step, rec, k);
                }
            }
            for (int w = 0; w < nw; w++) {
                wantedInstances(plan.demands.get(w), plan.demandChannels[w], values, wanted[w], len);
            }
            for (int s = 0; s < ns; s++) {
                SubnetTracker t = subnets[s];
                SeriesRecorder.Subnet rec = subnetRecorders[s];
                for (int i = 0; i < len; i++) {
                    int k = first + i;
                    t.step(k, wanted, i, k == steps - 1 ? lastDt : step, rec);
                }
            }
        }
        List<ConnectorOutcome> co = new ArrayList<>();
        for (ConnectorTracker t : connectors) {
            co.add(t.outcome());
        }
        List<SubnetOutcome> so = new ArrayList<>();
        for (SubnetTracker t : subnets) {
            so.add(t.outcome());
        }
        TimeSeries series = record ? series(plan, bucket, connectorRecorders, subnetRecorders) : TimeSeries.empty(step);
        return new RunOutcome(run, co, so, series);
    }

    private static boolean[] channelsNeeded(SimulationPlan plan, boolean withConnectors) {
        boolean[] needed = new boolean[plan.channels.size()];
        if (withConnectors) {
            for (int[] cs : plan.connectorChannels) {
                for (int c : cs) {
                    needed[c] = true;
                }
            }
        }
        for (int[] cs : plan.demandChannels) {
            for (int c : cs) {
                needed[c] = true;
            }
        }
        return needed;
    }

    private static void sumDemand(double[][] values, int[] channels, double[] out, int len) {
        Arrays.fill(out, 0, len, 0.0);
        for (int c : channels) {
            double[] v = values[c];
            for (int i = 0; i < len; i++) {
                double x = v[i];
                out[i] += x > 0 ? x : 0;
            }
        }
    }

    private static void wantedInstances(InstanceDemand d, int[] channels, double[][] values, int[] out, int len) {
        if (channels.length == 0) {
            Arrays.fill(out, 0, len, d.clamp(0));
            return;
        }
        List<InstanceDemand.Term> terms = d.terms();
        if (channels.length == 1) {
            double[] v = values[channels[0]];
            double perUnit = terms.get(0).instancesPerUnit();
            for (int i = 0; i < len; i++) {
                out[i] = d.clamp(InstanceDemand.ceilCount(v[i] * perUnit));
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            long sum = 0;
            for (int t = 0; t < channels.length; t++) {
                sum = InstanceDemand.saturatingAdd(sum, terms.get(t).instances(values[channels[t]][i]));
            }
            out[i] = d.clamp(sum);
        }
    }

    private static TimeSeries series(SimulationPlan plan, int bucket, SeriesRecorder.Connector[] connectorRecorders,
                                     SeriesRecorder.Subnet[] subnetRecorders) {
        List<ConnectorSeries> cs = new ArrayList<>();
        for (int c = 0; c < connectorRecorders.length; c++) {
            ConnectorScaling sc = plan.scalings.get(c);
            cs.add(new ConnectorSeries(plan.connectors.get(c).name(), plan.connectors.get(c).machineType(),
                    sc.maxInstances(), sc.throughputPerInstanceMbps(),
                    ((SeriesRecorder.ConnectorBuckets) connectorRecorders[c]).points()));
        }
        List<SubnetSeries> ss = new ArrayList<>();
        for (int s = 0; s < subnetRecorders.length; s++) {
            SimulationPlan.SubnetPlan sp = plan.subnets.get(s);
            ss.add(new SubnetSeries(sp.network(), sp.subnet().name(), sp.subnet().range().prefixLength(),
                    sp.subnet().usableAddresses(), ((SeriesRecorder.SubnetBuckets) subnetRecorders[s]).points()));
        }
        return new TimeSeries(plan.options.stepSeconds(), bucket, cs, ss);
    }
}
