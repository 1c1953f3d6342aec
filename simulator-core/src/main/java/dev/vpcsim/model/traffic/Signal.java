package dev.vpcsim.model.traffic;

import java.io.Serializable;
import java.util.Objects;

/**
 * A shape plus optional noise for Monte Carlo runs.
 *
 * @param shape   the deterministic shape
 * @param noiseCv coefficient of variation of multiplicative noise; 0 = none
 */
public record Signal(Shape shape, double noiseCv) implements Serializable {
    public Signal {
        Objects.requireNonNull(shape, "shape");
        if (noiseCv < 0 || Double.isNaN(noiseCv)) {
            throw new IllegalArgumentException("noise cv must be >= 0");
        }
    }

    public static Signal of(Shape shape) {
        return new Signal(shape, 0);
    }
}
