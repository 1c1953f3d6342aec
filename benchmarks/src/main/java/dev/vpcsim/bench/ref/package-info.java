/**
 * A plain reference evaluator of traces, written straight from semantics.md sections 1-5 to check the fast
 * engine against: {@link dev.vpcsim.bench.ref.ReferenceEvaluator} scans every firewall rule and every route
 * for each decision, builds no index and caches nothing, and answers a small
 * {@link dev.vpcsim.bench.ref.Verdict} (result, causes, targets and the deciding resource) that can also be
 * read off an engine's {@link dev.vpcsim.trace.Trace} for comparison. It lives in main code so that both the
 * differential test and the JMH benchmarks can use it; it is not part of the product.
 */
package dev.vpcsim.bench.ref;
