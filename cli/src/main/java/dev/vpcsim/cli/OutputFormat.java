package dev.vpcsim.cli;

/** {@code --format}: text for people, json for scripts. */
public enum OutputFormat { text, json }
