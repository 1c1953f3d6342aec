package dev.vpcsim.capacity;

import dev.vpcsim.model.traffic.Shape;

import java.util.Arrays;

/**
 * Evaluates a {@link Shape} at the step times t_k = k x step, a block of steps at a time, without allocating
 * per step. Piecewise-constant shapes (constant, step, spike, csv) are filled segment by segment; a ramp is
 * computed per step; a diurnal cosine is advanced by a rotation recurrence, re-synchronised exactly
 * ({@link StrictMath}) at the start of every block, so its values agree with {@link Shape#valueAt} to about
 * 1e-12 relative whatever the block boundaries. Blocks must be asked for in order, without gaps.
 */
abstract class ShapeCursor {

    /**
     * Fills {@code out[0..len)} with the values at steps {@code firstStep .. firstStep + len - 1}.
     */
    abstract void fill(double[] out, int firstStep, int len);

    static ShapeCursor of(Shape shape, long stepSeconds) {
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("step must be positive");
        }
        if (shape instanceof Shape.Constant c) {
            return new Segments(new int[] {0}, new double[] {c.value()});
        }
        if (shape instanceof Shape.Step s) {
            return new Segments(new int[] {0, firstStepAtOrAfter(s.atSeconds(), stepSeconds)},
                    new double[] {s.before(), s.after()});
        }
        if (shape instanceof Shape.Spike s) {
            return new Segments(new int[] {0, firstStepAtOrAfter(s.atSeconds(), stepSeconds),
                firstStepAtOrAfter(s.atSeconds() + s.lengthSeconds(), stepSeconds)},
                    new double[] {s.base(), s.peak(), s.base()});
        }
        if (shape instanceof Shape.Csv c) {
            double[] seconds = c.seconds();
            int[] starts = new int[seconds.length];
            for (int i = 1; i < seconds.length; i++) {
                starts[i] = firstStepAtOrAfter(seconds[i], stepSeconds);
            }
            return new Segments(starts, c.values());
        }
        if (shape instanceof Shape.Diurnal d) {
            return new Cosine(d, stepSeconds);
        }
        return new Direct(shape, stepSeconds);
    }

    /** The first step k with k x step >= t (0 for t <= 0), capped to the int range. */
    static int firstStepAtOrAfter(double t, long stepSeconds) {
        if (!(t > 0)) {
            return 0;
        }
        double k = Math.ceil(t / stepSeconds);
        return k >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) k;
    }

    /** Values that hold from a start step until the next start (later starts win on equal steps). */
    static final class Segments extends ShapeCursor {
        private final int[] starts;
        private final double[] values;
        private int segment;

        Segments(int[] starts, double[] values) {
            this.starts = starts;
            this.values = values;
        }

        @Override
        void fill(double[] out, int firstStep, int len) {
            int pos = 0;
            while (pos < len) {
                int step = firstStep + pos;
                while (segment + 1 < starts.length && starts[segment + 1] <= step) {
                    segment++;
                }
                int end = segment + 1 < starts.length ? starts[segment + 1] - firstStep : len;
                end = Math.min(len, Math.max(end, pos + 1));
                Arrays.fill(out, pos, end, values[segment]);
                pos = end;
            }
        }
    }

    /** {@link Shape.Diurnal} by rotation: cos(a + d) = cos a cos d - sin a sin d, re-synchronised per block. */
    static final class Cosine extends ShapeCursor {
        private final double base;
        private final double halfAmplitude;
        private final double period;
        private final double peakAt;
        private final long stepSeconds;
        private final double cosDelta;
        private final double sinDelta;

        Cosine(Shape.Diurnal d, long stepSeconds) {
            this.base = d.base();
            this.halfAmplitude = (d.peak() - d.base()) / 2;
            this.period = d.periodSeconds();
            this.peakAt = d.peakAtSeconds();
            this.stepSeconds = stepSeconds;
            double delta = 2 * Math.PI * ((stepSeconds % period) / period);
            this.cosDelta = StrictMath.cos(delta);
            this.sinDelta = StrictMath.sin(delta);
        }

        @Override
        void fill(double[] out, int firstStep, int len) {
            double cycles = ((double) firstStep * stepSeconds - peakAt) % period / period;
            double phase = 2 * Math.PI * cycles;
            double c = StrictMath.cos(phase);
            double s = StrictMath.sin(phase);
            for (int i = 0; i < len; i++) {
                out[i] = base + halfAmplitude * (1 + c);
                double nc = c * cosDelta - s * sinDelta;
                s = s * cosDelta + c * sinDelta;
                c = nc;
            }
        }
    }

    /** Any other shape (the ramp): {@link Shape#valueAt} per step. */
    static final class Direct extends ShapeCursor {
        private final Shape shape;
        private final long stepSeconds;

        Direct(Shape shape, long stepSeconds) {
            this.shape = shape;
            this.stepSeconds = stepSeconds;
        }

        @Override
        void fill(double[] out, int firstStep, int len) {
            for (int i = 0; i < len; i++) {
                out[i] = shape.valueAt((double) (firstStep + i) * stepSeconds);
            }
        }
    }
}
