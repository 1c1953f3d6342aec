package dev.vpcsim.model.traffic;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/** A deterministic function of time (seconds from the start of the run) to a non-negative value. */
public sealed interface Shape extends Serializable {

    /** The value at time {@code t} seconds. */
    double valueAt(double t);

    /** The largest value the shape takes. */
    double maxValue();

    /** {@code constant{value}}. */
    record Constant(double value) implements Shape {
        @Override
        public double valueAt(double t) {
            return value;
        }

        @Override
        public double maxValue() {
            return value;
        }
    }

    /** {@code step{before, after, at}}: {@code before} until {@code at}, then {@code after}. */
    record Step(double before, double after, double atSeconds) implements Shape {
        @Override
        public double valueAt(double t) {
            return t < atSeconds ? before : after;
        }

        @Override
        public double maxValue() {
            return Math.max(before, after);
        }
    }

    /** {@code ramp{from, to, start, end}}: linear between start and end, flat outside. */
    record Ramp(double from, double to, double startSeconds, double endSeconds) implements Shape {
        public Ramp {
            if (endSeconds < startSeconds) {
                throw new IllegalArgumentException("ramp ends before it starts");
            }
        }

        @Override
        public double valueAt(double t) {
            if (t <= startSeconds) {
                return from;
            }
            if (t >= endSeconds) {
                return to;
            }
            return from + (to - from) * (t - startSeconds) / (endSeconds - startSeconds);
        }

        @Override
        public double maxValue() {
            return Math.max(from, to);
        }
    }

    /** {@code diurnal{base, peak, period, peakAt}}: a cosine between base and peak, at its peak at peakAt. */
    record Diurnal(double base, double peak, double periodSeconds, double peakAtSeconds) implements Shape {
        public Diurnal {
            if (periodSeconds <= 0) {
                throw new IllegalArgumentException("diurnal period must be positive");
            }
        }

        @Override
        public double valueAt(double t) {
            double phase = 2 * Math.PI * (t - peakAtSeconds) / periodSeconds;
            return base + (peak - base) * (1 + Math.cos(phase)) / 2;
        }

        @Override
        public double maxValue() {
            return Math.max(base, peak);
        }
    }

    /** {@code spike{base, peak, at, length}}: peak during [at, at + length), base otherwise. */
    record Spike(double base, double peak, double atSeconds, double lengthSeconds) implements Shape {
        @Override
        public double valueAt(double t) {
            return t >= atSeconds && t < atSeconds + lengthSeconds ? peak : base;
        }

        @Override
        public double maxValue() {
            return Math.max(base, peak);
        }
    }

    /**
     * {@code csv{file, column}}: rows of (seconds, value) read by the loader; the value holds from its row's
     * time until the next row (the first row's value before it).
     */
    record Csv(String file, String column, double[] seconds, double[] values) implements Shape {
        public Csv {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
            seconds = seconds.clone();
            values = values.clone();
            if (seconds.length == 0 || seconds.length != values.length) {
                throw new IllegalArgumentException("csv series needs rows of equal length");
            }
            for (int i = 1; i < seconds.length; i++) {
                if (seconds[i] <= seconds[i - 1]) {
                    throw new IllegalArgumentException("csv seconds must increase");
                }
            }
        }

        @Override
        public double valueAt(double t) {
            int i = Arrays.binarySearch(seconds, t);
            if (i < 0) {
                i = -i - 2;
            }
            return values[Math.max(0, i)];
        }

        @Override
        public double maxValue() {
            return Arrays.stream(values).max().orElse(0);
        }

        @Override
        public double[] seconds() {
            return seconds.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Csv c && file.equals(c.file) && column.equals(c.column)
                    && Arrays.equals(seconds, c.seconds) && Arrays.equals(values, c.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, column, Arrays.hashCode(seconds), Arrays.hashCode(values));
        }

        @Override
        public String toString() {
            return "Csv[file=" + file + ", column=" + column + ", rows=" + seconds.length + "]";
        }
    }
}
