/**
 * Lint rules of {@code vpcsim check}: suspicious or broken designs found without (or, for intents, with) a
 * packet trace, reported as {@link dev.vpcsim.check.Finding}s with a stable id and a severity. The catalogue
 * of ids, with triggers and sources, is docs/checks.md.
 */
package dev.vpcsim.check;
