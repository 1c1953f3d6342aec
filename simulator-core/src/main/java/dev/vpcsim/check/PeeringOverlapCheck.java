package dev.vpcsim.check;

import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code peering-overlap}: ranges of two actively peered networks overlap, or of two networks that are both
 * peered with a third one (which would import both). A private-services-access range counts against the
 * other network's subnets (its owner holds routes to both), never against the peer's own allocation [PEER].
 * Pairs with a connector range are {@code connector-range-overlap}'s.
 */
public final class PeeringOverlapCheck implements Check {
    public static final String ID = "peering-overlap";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (RangeConflicts.Conflict c : RangeConflicts.of(design)) {
            if (c.sameNetwork() || c.involvesConnector()) {
                continue;
            }
            NamedRange a = c.first();
            NamedRange b = c.second();
            String consequence = c.via().isEmpty()
                    ? "a peering cannot exchange overlapping subnet routes, so the peering fails to become active"
                    + " (or the later range cannot be created)"
                    : "network " + c.via().get() + " cannot import two overlapping subnet routes, so the later"
                    + " peering fails to become active";
            out.add(new Finding(ID, Severity.ERROR, a.resource(),
                    a.description() + " overlaps " + b.description() + ", " + OverlapChecks.where(c) + ": "
                            + consequence + ".",
                    "renumber " + b.label() + " of network " + b.network()
                            + " to a range unused in both networks"
                            + OverlapChecks.suchAs(design, b.range(), b.range().prefixLength()) + "."));
        }
        return out;
    }
}
