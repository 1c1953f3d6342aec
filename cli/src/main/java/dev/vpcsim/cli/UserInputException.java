package dev.vpcsim.cli;

/** A bad argument or unusable input found by the CLI itself; printed as one line, exit 2. */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
