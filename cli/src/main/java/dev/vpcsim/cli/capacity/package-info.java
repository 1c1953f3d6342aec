/**
 * Files of {@code vpcsim simulate --out DIR}: the time series as CSV ({@link dev.vpcsim.cli.capacity.SeriesCsvWriter}),
 * charts as SVG ({@link dev.vpcsim.cli.capacity.ChartWriter}), each written whole or not at all
 * ({@link dev.vpcsim.cli.capacity.OutputDirectory}). Rendering only: the figures come from
 * {@code dev.vpcsim.capacity}.
 */
package dev.vpcsim.cli.capacity;
