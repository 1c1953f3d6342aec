package dev.vpcsim.capacity;

import dev.vpcsim.model.traffic.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShapeCursorTest {

    private static double[] evaluate(Shape shape, long step, int steps, int block) {
        ShapeCursor cursor = ShapeCursor.of(shape, step);
        double[] out = new double[steps];
        double[] buf = new double[block];
        for (int first = 0; first < steps; first += block) {
            int len = Math.min(block, steps - first);
            cursor.fill(buf, first, len);
            System.arraycopy(buf, 0, out, first, len);
        }
        return out;
    }

    @Test
    void piecewiseShapesAgreeExactlyWithValueAt() {
        List<Shape> shapes = List.of(new Shape.Constant(7), new Shape.Step(1, 9, 100), new Shape.Step(1, 9, 100.5),
                new Shape.Spike(2, 50, 30, 45), new Shape.Ramp(0, 100, 10, 250),
                new Shape.Csv("f", "c", new double[] {5, 60, 61, 200}, new double[] {3, 4, 8, 1}));
        for (Shape shape : shapes) {
            for (long step : new long[] {1, 7, 60}) {
                for (int block : new int[] {1, 13, 1024}) {
                    double[] got = evaluate(shape, step, 400, block);
                    for (int k = 0; k < got.length; k++) {
                        assertEquals(shape.valueAt((double) k * step), got[k], 0.0, shape + " step " + step + " k " + k);
                    }
                }
            }
        }
    }

    @Test
    void diurnalRecurrenceStaysWithinOneBillionthOfValueAt() {
        Shape.Diurnal d = new Shape.Diurnal(50, 450, 86_400, 50_400);
        double[] got = evaluate(d, 1, 200_000, 1024);
        for (int k = 0; k < got.length; k++) {
            assertEquals(d.valueAt(k), got[k], 1e-9, "k " + k);
        }
        assertEquals(450, got[50_400], 1e-9);
        assertEquals(50, got[7_200], 1e-9);
    }

    @Test
    void firstStepAtOrAfter() {
        assertEquals(0, ShapeCursor.firstStepAtOrAfter(-5, 1));
        assertEquals(0, ShapeCursor.firstStepAtOrAfter(0, 10));
        assertEquals(1, ShapeCursor.firstStepAtOrAfter(0.5, 1));
        assertEquals(10, ShapeCursor.firstStepAtOrAfter(100, 10));
        assertEquals(11, ShapeCursor.firstStepAtOrAfter(101, 10));
    }
}
