package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * Everything a simulation produces.
 *
 * @param report the summary, shaped for {@code simulate --format json}
 * @param series the time series of the baseline run (for CSV files and charts; not part of the JSON)
 */
public record SimulationResult(SimulationReport report, TimeSeries series) implements Serializable {
    public SimulationResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(series, "series");
    }
}
