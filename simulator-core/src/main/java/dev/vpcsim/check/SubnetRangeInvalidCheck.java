package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code subnet-range-invalid} [SUBNETS]: a range written with host bits set ({@code 10.0.0.5/24}), a subnet
 * range (primary or secondary) with a prefix longer than /29, or a range that overlaps a prohibited one
 * ({@link ProhibitedRanges}). Host bits and prohibited ranges are also checked for private services access
 * allocations and connector ranges, which Google Cloud turns into ranges of the network too; their sizes have
 * their own rules (connector-range-size). One finding per problem.
 */
public final class SubnetRangeInvalidCheck implements Check {
    public static final String ID = "subnet-range-invalid";
    /** The longest prefix a subnet range may have [SUBNETS]. */
    static final int LONGEST_SUBNET_PREFIX = 29;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (NamedRange r : NamedRange.all(design)) {
            Cidr c = r.range();
            if (c.hasHostBits()) {
                out.add(new Finding(ID, Severity.ERROR, r.resource(),
                        r.label() + " is written " + c + ", which has host bits set: a range must start at its"
                                + " network address, so Google Cloud rejects it (the block it lies in is "
                                + c.blockText() + ").",
                        "write the range as " + c.blockText() + " (or pick the block you meant)."));
            }
            boolean subnetRange = r.kind() == NamedRange.Kind.PRIMARY || r.kind() == NamedRange.Kind.SECONDARY;
            if (subnetRange && c.prefixLength() > LONGEST_SUBNET_PREFIX) {
                String bigger = Cidr.of(ipOf(c) + "/" + LONGEST_SUBNET_PREFIX).blockText();
                out.add(new Finding(ID, Severity.ERROR, r.resource(),
                        r.label() + " (" + c + ") is a /" + c.prefixLength() + ": subnet ranges must be /"
                                + LONGEST_SUBNET_PREFIX + " or larger (8 addresses, 4 of them reserved).",
                        "use a /" + LONGEST_SUBNET_PREFIX + " or larger range, such as " + bigger
                                + " if it is free."));
            }
            Optional<ProhibitedRanges.Prohibited> bad = ProhibitedRanges.overlapping(c);
            if (bad.isPresent()) {
                out.add(new Finding(ID, Severity.ERROR, r.resource(),
                        r.label() + " (" + c + ") overlaps " + bad.get().range() + ", " + bad.get().what()
                                + ", which Google Cloud prohibits in subnet ranges.",
                        "use a private range instead (RFC 1918: 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)"
                                + OverlapChecks.suchAs(design, c, c.prefixLength()) + "."));
            }
        }
        return out;
    }

    private static String ipOf(Cidr c) {
        return c.text().substring(0, c.text().indexOf('/'));
    }
}
