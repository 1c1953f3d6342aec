/**
 * What {@code vpcsim simulate} reports: {@link dev.vpcsim.capacity.report.SimulationReport} is shaped for
 * {@code simulate --format json} (cli.md; every numeric field names its unit), and
 * {@link dev.vpcsim.capacity.report.TimeSeries} holds the series behind the CSV files and charts. Plain
 * immutable records, sorted (connectors by name, subnets by network then name), no nulls.
 */
package dev.vpcsim.capacity.report;
