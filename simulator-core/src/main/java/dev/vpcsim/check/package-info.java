/**
 * Lint rules of {@code vpcsim check}: suspicious or broken designs found without (or, for intents, with) a
 * packet trace, reported as {@link dev.vpcsim.check.Finding}s with a stable id and a severity. The catalogue
 * of ids, with triggers and sources, is docs/checks.md.
 * <p>
 * {@link dev.vpcsim.check.Linter} runs every rule ({@link dev.vpcsim.check.Check}, one class per rule or small
 * family) and sorts the findings. Shared computations are package-private: the ranges a network holds and the
 * pairs of them one routing table would hold ({@code NamedRange}, {@code RangeConflicts}), free blocks for fixes
 * ({@code FreeBlocks}), the shadowed-rule analysis ({@code ShadowAnalysis}, {@code Pieces}). Firewall matching
 * always goes through {@link dev.vpcsim.firewall.RuleMatch}. The rules that read the capacity simulator
 * ({@code CapacityCheck}: connector-undersized, direct-vpc-ip-headroom) share one {@code CapacityFacts} per check
 * run, which runs {@link dev.vpcsim.capacity.Simulation} once, and only when the scenario has traffic.
 */
package dev.vpcsim.check;
