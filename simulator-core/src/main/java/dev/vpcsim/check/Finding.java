package dev.vpcsim.check;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of {@code vpcsim check}.
 *
 * @param id       stable kebab-case id from the catalogue (docs/checks.md)
 * @param severity ERROR, WARNING or INFO
 * @param resource the resource concerned, e.g. {@code workloads/my-service}, {@code networks/my-vpc/subnets/app}
 * @param message  what is wrong and why, in plain words
 * @param fix      what to change
 */
public record Finding(String id, Severity severity, String resource, String message, String fix)
        implements Serializable {

    /** Output order: severity, then id, then resource, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::id).thenComparing(Finding::resource).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("finding ids are kebab-case: " + id);
        }
    }
}
