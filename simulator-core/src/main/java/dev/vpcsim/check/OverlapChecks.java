package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Design;

import java.util.Optional;

/** Shared wording of the three overlap checks. */
final class OverlapChecks {
    private OverlapChecks() {
    }

    /** Where the second range sits relative to the first: {@code in network vpc}, {@code of peered network hub}. */
    static String where(RangeConflicts.Conflict c) {
        String a = c.first().network();
        String b = c.second().network();
        if (c.sameNetwork()) {
            return "both in network " + a;
        }
        if (c.via().isEmpty()) {
            return "in networks " + a + " and " + b + ", which are peered";
        }
        return "in networks " + a + " and " + b + ", which are both peered with " + c.via().get()
                + " (it would import both)";
    }

    /** {@code " such as 10.0.1.0/24"}, or empty text when no free block is found nearby. */
    static String suchAs(Design design, Cidr wanted, int prefixLength) {
        Optional<Cidr> free = FreeBlocks.near(wanted.first(), prefixLength, design.allRanges());
        return free.map(f -> " such as " + f.blockText()).orElse("");
    }
}
