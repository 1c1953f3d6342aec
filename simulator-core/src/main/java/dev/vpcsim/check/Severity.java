package dev.vpcsim.check;

/** How bad a finding is. Declared most severe first. */
public enum Severity {
    /** The design cannot deploy or will not work. */
    ERROR,
    /** It works, but a known trap. */
    WARNING,
    /** Worth knowing. */
    INFO
}
