package dev.vpcsim.model;

import java.io.Serializable;

/**
 * Scenario-wide settings.
 *
 * @param privateRangesOnlyIncludesRfc6598 whether {@code private-ranges-only} also sends 100.64.0.0/10 into
 *                                         the VPC (semantics.md section 2; ASSUMPTION: false by default)
 */
public record Settings(boolean privateRangesOnlyIncludesRfc6598) implements Serializable {
    public static final Settings DEFAULT = new Settings(false);
}
