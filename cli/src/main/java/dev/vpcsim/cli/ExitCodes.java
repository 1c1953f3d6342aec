package dev.vpcsim.cli;

/** Exit codes of cli.md, plus 3 for an internal error (a bug), documented in docs/cli.md. */
public final class ExitCodes {
    /** All good. */
    public static final int OK = 0;
    /** An ERROR finding, a failed intent, or (trace) a flow that is not REACHABLE. */
    public static final int FINDINGS = 1;
    /** The input could not be used: bad arguments, unreadable or invalid file. */
    public static final int INPUT = 2;
    /** vpcsim itself failed (a bug): not in cli.md's contract, which covers only 0, 1 and 2. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
