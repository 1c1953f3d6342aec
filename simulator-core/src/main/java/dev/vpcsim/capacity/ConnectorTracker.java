package dev.vpcsim.capacity;

/**
 * The state of one connector during one run, advanced step by step with primitive fields only.
 * <p>
 * Instances at step m = clamp(max of the needs at steps 0..m - d), d = ceil(scaleOutDelay / step): every
 * need is met d steps after it appears, nothing scales in. ASSUMPTION: the run starts warm, the connector
 * already carrying the demand of step 0 (a run looks at a connector in service, not at a fresh deployment).
 * Saturated means the demand needs more instances than are running; the excess is not delivered.
 */
final class ConnectorTracker {
    private final ConnectorScaling scaling;
    /** Running maxima of the need, the last d + 1 of them: the one of step m - d is read at step m. */
    private final int[] runningMaxRing;
    private int ringPos;
    private int runningMax;
    private int instances;
    private boolean started;

    private double peakDemandMbps;
    private int peakNeededInstances;
    private long saturatedSeconds;
    private double undeliveredMegabits;
    private long instanceSeconds;

    ConnectorTracker(ConnectorScaling scaling, long stepSeconds) {
        this.scaling = scaling;
        this.runningMaxRing = new int[scaling.delaySteps(stepSeconds) + 1];
    }

    /**
     * Advances one step.
     *
     * @param demandMbps  demand during the step
     * @param dtSeconds   the step's length (the last step may be shorter)
     * @param recorder    told the step's values
     * @param stepIndex   the step's index, for the recorder
     */
    void step(double demandMbps, long dtSeconds, SeriesRecorder.Connector recorder, int stepIndex) {
        int needed = scaling.neededInstances(demandMbps);
        if (!started) {
            started = true;
            runningMax = needed;
            java.util.Arrays.fill(runningMaxRing, needed);
        } else if (needed > runningMax) {
            runningMax = needed;
        }
        runningMaxRing[ringPos] = runningMax;
        ringPos = ringPos + 1 == runningMaxRing.length ? 0 : ringPos + 1;
        instances = scaling.instancesFor(runningMaxRing[ringPos]);

        double capacity = scaling.capacityMbps(instances);
        double delivered = demandMbps;
        if (needed > instances) {
            saturatedSeconds += dtSeconds;
            undeliveredMegabits += (demandMbps - capacity) * dtSeconds;
            delivered = capacity;
        }
        if (demandMbps > peakDemandMbps) {
            peakDemandMbps = demandMbps;
        }
        if (needed > peakNeededInstances) {
            peakNeededInstances = needed;
        }
        instanceSeconds += (long) instances * dtSeconds;
        recorder.record(stepIndex, demandMbps, capacity, instances, delivered);
    }

    /** Instances running now (after the last step). */
    int instances() {
        return instances;
    }

    /** The totals of the run so far. */
    ConnectorOutcome outcome() {
        return new ConnectorOutcome(peakDemandMbps, peakNeededInstances, instances, instances, saturatedSeconds,
                undeliveredMegabits, instanceSeconds);
    }
}
