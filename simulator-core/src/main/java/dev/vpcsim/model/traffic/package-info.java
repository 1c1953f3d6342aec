/**
 * The {@code traffic} part of a scenario, input of capacity runs: shapes of demand over time (each a pure
 * function of the time in seconds), per-workload profiles, rollouts and job executions.
 */
package dev.vpcsim.model.traffic;
