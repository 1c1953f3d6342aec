package dev.vpcsim.check;

import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code subnet-overlap}: two ranges of one network overlap (primary, secondary and private services access
 * ranges; pairs with a connector range are {@code connector-range-overlap}'s). Each pair once [SUBNETS].
 */
public final class SubnetOverlapCheck implements Check {
    public static final String ID = "subnet-overlap";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (RangeConflicts.Conflict c : RangeConflicts.of(design)) {
            if (!c.sameNetwork() || c.involvesConnector()) {
                continue;
            }
            NamedRange a = c.first();
            NamedRange b = c.second();
            out.add(new Finding(ID, Severity.ERROR, a.resource(),
                    a.description() + " overlaps " + b.description() + ", " + OverlapChecks.where(c)
                            + ": the ranges of one network must be unique, so Google Cloud refuses to create the later one"
                            + " and addresses in the overlap would be ambiguous.",
                    "move " + b.label() + " to a range that overlaps nothing,"
                            + OverlapChecks.suchAs(design, b.range(), b.range().prefixLength())
                            + ", or shrink one of the two ranges."));
        }
        return out;
    }
}
