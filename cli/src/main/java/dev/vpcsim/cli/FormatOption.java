package dev.vpcsim.cli;

import picocli.CommandLine.Option;

/** The shared {@code --format} option. */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON is a stable contract (docs/json.md).")
    OutputFormat format = OutputFormat.text;

    public boolean json() {
        return format == OutputFormat.json;
    }
}
