/** Rendering of core results: aligned text tables for people, JSON with a fixed shape for scripts. */
package dev.vpcsim.cli.render;
