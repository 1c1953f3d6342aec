/**
 * Packet-path traces in the vocabulary of Google's Connectivity Tests (trace.proto): a {@link dev.vpcsim.trace.Trace}
 * is an ordered list of {@link dev.vpcsim.trace.Step}s, each with a {@link dev.vpcsim.trace.StepState} and one typed
 * {@link dev.vpcsim.trace.StepInfo}; the last step, and only the last, is final (DELIVER, DROP, FORWARD, ABORT) and
 * agrees with the {@link dev.vpcsim.trace.Result}. Drop and abort causes are enums that know their symptom.
 * A {@link dev.vpcsim.trace.Tracer} follows a {@link dev.vpcsim.trace.Flow} through a design;
 * {@link dev.vpcsim.trace.TraceEngine} is the engine (semantics.md sections 1 to 5, as docs/model.md states them),
 * {@link dev.vpcsim.trace.Reach} the reachability matrix on work units, {@link dev.vpcsim.trace.Intents} the intent
 * verification, and {@link dev.vpcsim.trace.Assumption} every assumption a trace may rely on.
 * <p>
 * Inside the engine: {@code DesignIndex} (views built once: {@code NetView}, {@code EntryView},
 * {@code SourceView}, {@code EndpointView}, {@code HopView}; texts built once: {@code RuleText},
 * {@code RouteText}, {@code PsaText}), and the stages {@code Departure} (section 2), {@code Forwarding}
 * (section 4), {@code Arrival} (section 5) appending to a {@code Walk}; {@code Fixes} and {@code FirewallFixes}
 * word the fixes, {@code Explainer} the near misses.
 */
package dev.vpcsim.trace;
