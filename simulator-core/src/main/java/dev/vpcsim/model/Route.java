package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A static (custom) route as written in the file.
 *
 * @param name      unique within its network
 * @param destRange destination range
 * @param priority  0..65535, lower wins among equally specific routes
 * @param tags      empty: applies to every source; else only to sources with one of these network tags
 * @param nextHop   exactly one next hop
 */
public record Route(String name, Cidr destRange, int priority, List<String> tags, NextHop nextHop)
        implements Serializable {
    public static final int DEFAULT_PRIORITY = 1000;

    public Route {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(destRange, "destRange");
        Objects.requireNonNull(nextHop, "nextHop");
        if (priority < 0 || priority > 65535) {
            throw new IllegalArgumentException("route priority out of range: " + priority);
        }
        tags = List.copyOf(tags);
    }
}
