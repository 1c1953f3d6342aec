package dev.vpcsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The top-level {@code vpcsim} command. */
@Command(name = "vpcsim", mixinStandardHelpOptions = true, versionProvider = VpcsimCommand.Version.class,
        sortOptions = false,
        description = {"Offline simulator and packet-path analyzer for Google Cloud serverless networking:",
                "will this flow work, hop by hop, and where does this design run out of capacity."},
        subcommands = {CheckCommand.class, TraceCommand.class, ReachCommand.class, SimulateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all good; 1 an ERROR finding, a failed intent, or a flow that is not REACHABLE;",
                "2 the input could not be used (bad arguments, unreadable or invalid file); 3 internal error.",
                "Docs: docs/cli.md, docs/checks.md, docs/model.md, docs/capacity.md."})
public final class VpcsimCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check, trace, reach or simulate");
    }

    /** Reads the version stamped into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = VpcsimCommand.class.getResourceAsStream("/vpcsim-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // fall through to "unknown"
            }
            return new String[] {"vpcsim " + p.getProperty("version", "unknown") + " (scenario format 1, Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
