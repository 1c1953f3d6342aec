package dev.vpcsim.cli.capacity;

/**
 * A series drawn as a staircase: each value holds until the next point, so counts (instances, reserved
 * blocks) show as the steps they are rather than as slopes.
 *
 * @param x x values, doubled at each change
 * @param y y values, doubled at each change
 */
record Steps(double[] x, double[] y) {
    static Steps of(double[] x, double[] y) {
        if (x.length == 0) {
            return new Steps(x, y);
        }
        int changes = 0;
        for (int i = 1; i < y.length; i++) {
            if (Double.compare(y[i], y[i - 1]) != 0) {
                changes++;
            }
        }
        double[] sx = new double[x.length + changes];
        double[] sy = new double[x.length + changes];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (i > 0 && Double.compare(y[i], y[i - 1]) != 0) {
                sx[j] = x[i];
                sy[j] = y[i - 1];
                j++;
            }
            sx[j] = x[i];
            sy[j] = y[i];
            j++;
        }
        return new Steps(sx, sy);
    }
}
