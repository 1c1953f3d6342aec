package dev.vpcsim.check;

import dev.vpcsim.trace.IntentResult;

import java.io.Serializable;
import java.util.List;

/**
 * Everything {@code vpcsim check} found: findings sorted by {@link Finding#ORDER} (intent-failed included)
 * and every intent's result in file order.
 *
 * @param scenario the scenario name
 * @param findings sorted findings
 * @param intents  intent results in file order
 */
public record CheckReport(String scenario, List<Finding> findings, List<IntentResult> intents) implements Serializable {
    public CheckReport {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        intents = List.copyOf(intents);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long intentsPassed() {
        return intents.stream().filter(IntentResult::passed).count();
    }

    public long intentsFailed() {
        return intents.size() - intentsPassed();
    }

    /** 0 when there is no ERROR finding and no failed intent, else 1 (cli.md). */
    public int exitCode() {
        return count(Severity.ERROR) == 0 && intentsFailed() == 0 ? 0 : 1;
    }
}
