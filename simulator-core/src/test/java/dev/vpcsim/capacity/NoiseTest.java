package dev.vpcsim.capacity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoiseTest {

    private static double[] factors(long seed, double cv, long interval, long step, int steps) {
        Noise n = new Noise(seed, cv, interval, step);
        double[] v = new double[steps];
        Arrays.fill(v, 1);
        for (int first = 0; first < steps; first += 1000) {
            double[] buf = Arrays.copyOfRange(v, first, Math.min(steps, first + 1000));
            n.apply(buf, first, buf.length);
            System.arraycopy(buf, 0, v, first, buf.length);
        }
        return v;
    }

    @Test
    void lognormalFactorsHaveMeanOneAndTheAskedCv() {
        double[] f = factors(42, 0.2, 1, 1, 200_000);
        double mean = Arrays.stream(f).average().orElseThrow();
        double var = Arrays.stream(f).map(x -> (x - mean) * (x - mean)).sum() / (f.length - 1);
        assertEquals(1.0, mean, 0.005);
        assertEquals(0.2, Math.sqrt(var) / mean, 0.005);
        assertTrue(Arrays.stream(f).allMatch(x -> x > 0));
    }

    @Test
    void factorHoldsForItsIntervalAndDoesNotDependOnTheStep() {
        double[] perSecond = factors(7, 0.1, 60, 1, 600);
        for (int k = 0; k < 600; k++) {
            assertEquals(perSecond[k - k % 60], perSecond[k], 0.0);
        }
        assertTrue(perSecond[0] != perSecond[60]);
        double[] perTenSeconds = factors(7, 0.1, 60, 10, 60);
        for (int k = 0; k < 60; k++) {
            assertEquals(perSecond[k * 10], perTenSeconds[k], 0.0);
        }
    }

    @Test
    void sameSeedSameFactors() {
        assertArrayEquals(factors(3, 0.3, 60, 1, 5000), factors(3, 0.3, 60, 1, 5000));
        assertTrue(!Arrays.equals(factors(3, 0.3, 60, 1, 5000), factors(4, 0.3, 60, 1, 5000)));
    }
}
