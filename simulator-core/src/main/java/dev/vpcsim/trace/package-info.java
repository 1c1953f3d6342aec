/**
 * Packet-path traces in the vocabulary of Google's Connectivity Tests (trace.proto): a {@link dev.vpcsim.trace.Trace}
 * is an ordered list of {@link dev.vpcsim.trace.Step}s, each with a {@link dev.vpcsim.trace.StepState} and one typed
 * {@link dev.vpcsim.trace.StepInfo}; the last step, and only the last, is final (DELIVER, DROP, FORWARD, ABORT) and
 * agrees with the {@link dev.vpcsim.trace.Result}. Drop and abort causes are enums that know their symptom.
 * A {@link dev.vpcsim.trace.Tracer} follows a {@link dev.vpcsim.trace.Flow} through a design.
 */
package dev.vpcsim.trace;
