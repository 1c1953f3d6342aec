package dev.vpcsim.cli.capacity;

/**
 * The time unit of a chart's x axis, chosen from the run's length: minutes up to 3 hours, hours up to 3 days,
 * days beyond.
 *
 * @param unit           {@code min}, {@code h} or {@code d}
 * @param secondsPerUnit 60, 3600 or 86400
 */
record TimeAxis(String unit, double secondsPerUnit) {
    static TimeAxis of(long lastSeconds) {
        if (lastSeconds <= 3 * 3600) {
            return new TimeAxis("min", 60);
        }
        if (lastSeconds <= 3 * 86_400) {
            return new TimeAxis("h", 3600);
        }
        return new TimeAxis("d", 86_400);
    }

    double scale(long seconds) {
        return seconds / secondsPerUnit;
    }
}
