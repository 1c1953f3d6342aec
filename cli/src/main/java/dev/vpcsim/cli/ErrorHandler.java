package dev.vpcsim.cli;

import dev.vpcsim.scenario.ScenarioInputException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Turns every failure into one line on stderr and an exit code: input problems exit 2, bugs exit 3. A stack
 * trace is printed only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean debug = debugRequested(parseResult);
        if (debug) {
            ex.printStackTrace(err);
        }
        if (ex instanceof ScenarioInputException || ex instanceof UserInputException) {
            err.println(ex.getMessage());
            return ExitCodes.INPUT;
        }
        if (ex instanceof UncheckedIOException io) {
            err.println("vpcsim: " + io.getCause().getMessage());
            return ExitCodes.INPUT;
        }
        err.println("vpcsim: internal error: " + ex + (debug ? "" : " (run again with --debug for the stack trace)"));
        return ExitCodes.INTERNAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("vpcsim: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.INPUT;
    }

    private static boolean debugRequested(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult r = parseResult;
        while (r != null) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
            r = r.subcommand();
        }
        return false;
    }
}
