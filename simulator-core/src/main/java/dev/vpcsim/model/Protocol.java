package dev.vpcsim.model;

import java.util.Locale;
import java.util.Optional;

/** IP protocols of firewall rules, listeners and flows. {@code ALL} appears only in rules and listeners. */
public enum Protocol {
    TCP, UDP, ICMP, ALL;

    /** Computed once: traces ask for it on every call. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The gcloud spelling: {@code tcp}, {@code udp}, {@code icmp}, {@code all}. */
    public String id() {
        return id;
    }

    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    public static Optional<Protocol> fromId(String id) {
        return Ids.find(values(), Protocol::id, id);
    }

    @Override
    public String toString() {
        return id();
    }
}
