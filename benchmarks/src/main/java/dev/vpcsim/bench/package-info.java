/**
 * JMH benchmarks of vpcsim (loader, check, trace, reach, capacity) and their inputs. They never run in the
 * test suite; docs/performance.md gives the commands and the numbers. Subpackages: {@code gen}, the seeded
 * synthetic design generator; {@code ref}, the plain reference trace evaluator the engine is compared with.
 */
package dev.vpcsim.bench;
