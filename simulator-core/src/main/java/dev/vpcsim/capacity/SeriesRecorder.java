package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.SubnetPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Records time series at a bounded resolution: steps are grouped into buckets of {@code bucketSteps}
 * consecutive steps (1 when the run has at most {@code maxPoints} steps, else ceil(steps / maxPoints)), and a
 * bucket keeps the maximum of each value over its steps (failed starts: their sum), so peaks and saturation
 * always show. Storage is primitive arrays sized once; points become records only at the end.
 */
final class SeriesRecorder {
    private SeriesRecorder() {
    }

    /** Steps per bucket for a run of {@code steps} steps and at most {@code maxPoints} points. */
    static int bucketSteps(int steps, int maxPoints) {
        return Math.max(1, (int) ((steps + (long) maxPoints - 1) / maxPoints));
    }

    /** Receives a connector's values per step. */
    interface Connector {
        Connector NONE = (step, demand, capacity, instances, delivered) -> { };

        void record(int step, double demandMbps, double capacityMbps, int instances, double deliveredMbps);
    }

    /** Receives a subnet's values per step. */
    interface Subnet {
        Subnet NONE = (step, held, reserved, failedStarts, unserved) -> { };

        void record(int step, long heldIps, long reservedIps, int failedStarts, long unservedInstances);
    }

    /** Buckets of a connector's series. */
    static final class ConnectorBuckets implements Connector {
        private final int bucketSteps;
        private final long stepSeconds;
        private final double[] demand;
        private final double[] capacity;
        private final int[] instances;
        private final double[] delivered;
        private int count;

        ConnectorBuckets(int steps, int bucketSteps, long stepSeconds) {
            this.bucketSteps = bucketSteps;
            this.stepSeconds = stepSeconds;
            int n = (steps + bucketSteps - 1) / bucketSteps;
            demand = new double[n];
            capacity = new double[n];
            instances = new int[n];
            delivered = new double[n];
        }

        @Override
        public void record(int step, double demandMbps, double capacityMbps, int inst, double deliveredMbps) {
            int b = step / bucketSteps;
            if (b >= count) {
                count = b + 1;
                demand[b] = demandMbps;
                capacity[b] = capacityMbps;
                instances[b] = inst;
                delivered[b] = deliveredMbps;
                return;
            }
            demand[b] = Math.max(demand[b], demandMbps);
            capacity[b] = Math.max(capacity[b], capacityMbps);
            instances[b] = Math.max(instances[b], inst);
            delivered[b] = Math.max(delivered[b], deliveredMbps);
        }

        List<ConnectorPoint> points() {
            List<ConnectorPoint> out = new ArrayList<>(count);
            for (int b = 0; b < count; b++) {
                out.add(new ConnectorPoint((long) b * bucketSteps * stepSeconds, Round.of(demand[b]),
                        Round.of(capacity[b]), instances[b], Round.of(delivered[b])));
            }
            return out;
        }
    }

    /** Buckets of a subnet's series. */
    static final class SubnetBuckets implements Subnet {
        private final int bucketSteps;
        private final long stepSeconds;
        private final long usableIps;
        private final long[] held;
        private final long[] reserved;
        private final int[] failed;
        private final long[] unserved;
        private int count;

        SubnetBuckets(int steps, int bucketSteps, long stepSeconds, long usableIps) {
            this.bucketSteps = bucketSteps;
            this.stepSeconds = stepSeconds;
            this.usableIps = usableIps;
            int n = (steps + bucketSteps - 1) / bucketSteps;
            held = new long[n];
            reserved = new long[n];
            failed = new int[n];
            unserved = new long[n];
        }

        @Override
        public void record(int step, long heldIps, long reservedIps, int failedStarts, long unservedInstances) {
            int b = step / bucketSteps;
            if (b >= count) {
                count = b + 1;
                held[b] = heldIps;
                reserved[b] = reservedIps;
                failed[b] = failedStarts;
                unserved[b] = unservedInstances;
                return;
            }
            held[b] = Math.max(held[b], heldIps);
            reserved[b] = Math.max(reserved[b], reservedIps);
            failed[b] += failedStarts;
            unserved[b] = Math.max(unserved[b], unservedInstances);
        }

        List<SubnetPoint> points() {
            List<SubnetPoint> out = new ArrayList<>(count);
            for (int b = 0; b < count; b++) {
                out.add(new SubnetPoint((long) b * bucketSteps * stepSeconds, held[b], reserved[b], usableIps,
                        failed[b], unserved[b]));
            }
            return out;
        }
    }
}
