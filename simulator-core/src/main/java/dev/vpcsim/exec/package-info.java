/**
 * How sweeps run: a sweep ({@code reach}, Monte Carlo runs) is a list of independent, serializable
 * {@link dev.vpcsim.exec.WorkUnit}s handed to a {@link dev.vpcsim.exec.WorkExecutor}. Today
 * {@link dev.vpcsim.exec.LocalExecutor} runs them on a local thread pool; a distributed engine can run
 * the same units without touching the core. Results always come back in the order of the units, so the
 * output never depends on the number of threads.
 */
package dev.vpcsim.exec;
