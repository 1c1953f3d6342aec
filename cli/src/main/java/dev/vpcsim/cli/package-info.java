/**
 * The {@code vpcsim} command line: picocli commands that parse arguments, call the core and render its
 * results as text for people or JSON for scripts. The CLI is thin: no model logic lives here.
 */
package dev.vpcsim.cli;
