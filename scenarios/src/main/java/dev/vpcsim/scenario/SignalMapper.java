package dev.vpcsim.scenario;

import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Maps a traffic signal: {@code {shape: NAME, ...fields of the shape..., noise: {cv: 0.1}}}. Every field of a shape
 * is required (but csv's {@code column}, see {@link CsvSeriesReader}); values are non-negative numbers and time fields ({@code at}, {@code start}, {@code end},
 * {@code period}, {@code peakAt}, {@code length}) are durations.
 */
final class SignalMapper {
    private static final Map<String, List<String>> SHAPES = Map.of(
            "constant", List.of("value"),
            "step", List.of("before", "after", "at"),
            "ramp", List.of("from", "to", "start", "end"),
            "diurnal", List.of("base", "peak", "period", "peakAt"),
            "spike", List.of("base", "peak", "at", "length"),
            "csv", List.of("file", "column"));
    private static final List<String> NAMES = List.of("constant", "step", "ramp", "diurnal", "spike", "csv");
    private final Input in;

    SignalMapper(Input in) {
        this.in = in;
    }

    Signal signal(Node node, String path) {
        Fields f = Fields.open(in, node, path, "a traffic shape");
        String shape = Values.choice(in, f.required("shape"), f.path("shape"), NAMES, s -> s);
        List<String> keys = new ArrayList<>(SHAPES.get(shape));
        String takes = " (shape " + shape + " takes " + String.join(", ", keys) + ")";
        keys.addAll(Arrays.asList("shape", "noise"));
        f.allowOnly(takes, keys.toArray(String[]::new));
        Shape s = in.build(node, path, () -> switch (shape) {
            case "constant" -> new Shape.Constant(value(f, "value"));
            case "step" -> new Shape.Step(value(f, "before"), value(f, "after"), f.seconds("at"));
            case "ramp" -> ramp(f);
            case "diurnal" -> diurnal(f);
            case "spike" -> spike(f);
            default -> new CsvSeriesReader(in).read(f);
        });
        double cv = f.get("noise").map(n -> noise(n, f.path("noise"))).orElse(0.0);
        return in.build(node, path, () -> new Signal(s, cv));
    }

    private double value(Fields f, String key) {
        return f.number(key, 0, false);
    }

    private Shape ramp(Fields f) {
        double from = value(f, "from");
        double to = value(f, "to");
        long start = f.seconds("start");
        long end = f.seconds("end");
        if (end < start) {
            throw in.error(f.required("end"), f.path("end"), "the ramp ends (" + end + "s) before it starts ("
                    + start + "s)");
        }
        return new Shape.Ramp(from, to, start, end);
    }

    private Shape diurnal(Fields f) {
        double base = value(f, "base");
        double peak = value(f, "peak");
        long period = f.seconds("period");
        if (period < 1) {
            throw in.error(f.required("period"), f.path("period"), "must be at least 1s");
        }
        return new Shape.Diurnal(base, peak, period, f.seconds("peakAt"));
    }

    private Shape spike(Fields f) {
        double base = value(f, "base");
        double peak = value(f, "peak");
        long at = f.seconds("at");
        long length = f.seconds("length");
        if (length < 1) {
            throw in.error(f.required("length"), f.path("length"), "must be at least 1s");
        }
        return new Shape.Spike(base, peak, at, length);
    }

    private double noise(Node node, String path) {
        Fields f = Fields.of(in, node, path, "noise", "cv");
        return f.number("cv", 0, false);
    }
}
