package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Subnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One IPv4 range a network holds, with who owns it: a subnet's primary or secondary range, a private services
 * access allocation, or the /28 of a connector given by {@code range}. A connector given by {@code subnet}
 * has no range of its own (its subnet's is listed once, as the subnet's).
 *
 * @param network     the network holding the range
 * @param kind        what the range is
 * @param range       the range as written
 * @param resource    the finding resource of its owner
 * @param label       how to name its owner in a message, e.g. {@code subnet app}
 */
record NamedRange(String network, Kind kind, Cidr range, String resource, String label) {

    /** What a range is for. */
    enum Kind { PRIMARY, SECONDARY, PRIVATE_SERVICE_ACCESS, CONNECTOR }

    /** Every range of the network: subnets (primary, then secondary), private services access, connector ranges. */
    static List<NamedRange> of(Design design, Network n) {
        List<NamedRange> out = new ArrayList<>();
        for (Subnet s : n.subnets()) {
            String res = Resources.subnet(n.name(), s.name());
            out.add(new NamedRange(n.name(), Kind.PRIMARY, s.range(), res,
                    "subnet " + s.name()));
            for (Map.Entry<String, Cidr> e : s.secondaryRanges().entrySet()) {
                out.add(new NamedRange(n.name(), Kind.SECONDARY, e.getValue(), res,
                        "secondary range " + e.getKey() + " of subnet " + s.name()));
            }
        }
        for (PrivateServiceRange p : n.privateServiceAccess()) {
            out.add(new NamedRange(n.name(), Kind.PRIVATE_SERVICE_ACCESS, p.range(), Resources.network(n.name()),
                    "private services access range " + p.name()));
        }
        for (Connector c : design.connectors()) {
            if (c.network().equals(n.name()) && c.range().isPresent()) {
                out.add(new NamedRange(n.name(), Kind.CONNECTOR, c.range().get(), c.resource(),
                        "connector " + c.name()));
            }
        }
        return out;
    }

    /** Every range of the design, networks in file order. */
    static List<NamedRange> all(Design design) {
        List<NamedRange> out = new ArrayList<>();
        for (Network n : design.networks()) {
            out.addAll(of(design, n));
        }
        return out;
    }

    /** The label with the range: {@code subnet app (10.0.0.0/24)}. */
    String description() {
        return label + " (" + range + ")";
    }

    boolean isPrivateServiceAccess() {
        return kind == Kind.PRIVATE_SERVICE_ACCESS;
    }
}
