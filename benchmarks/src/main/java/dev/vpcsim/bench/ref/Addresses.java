package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Subnet;

import java.util.List;

/** Address classes of semantics.md section 2, checked by scanning lists. */
final class Addresses {
    /** Never publicly routable (section 2). */
    static final List<Cidr> NON_PUBLIC = List.of(Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"),
            Cidr.of("127.0.0.0/8"), Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"), Cidr.of("192.168.0.0/16"),
            Cidr.of("224.0.0.0/4"), Cidr.of("240.0.0.0/4"));
    static final List<Cidr> RFC1918 = List.of(Cidr.of("10.0.0.0/8"), Cidr.of("172.16.0.0/12"),
            Cidr.of("192.168.0.0/16"));
    static final Cidr RFC6598 = Cidr.of("100.64.0.0/10");
    /** Private Google Access addresses (private.googleapis.com, restricted.googleapis.com). */
    static final List<Cidr> GOOGLE_APIS = List.of(Cidr.of("199.36.153.4/30"), Cidr.of("199.36.153.8/30"));
    static final Cidr SERVERLESS_INFRA = Cidr.of("35.199.224.0/19");

    private final Design design;

    Addresses(Design design) {
        this.design = design;
    }

    /** True when a range of the design holds the address: subnets (and secondary ranges), connector ranges, PSA. */
    boolean inDesignRange(long ip) {
        for (Network n : design.networks()) {
            for (Subnet s : n.subnets()) {
                if (s.range().contains(ip)) {
                    return true;
                }
                for (Cidr secondary : s.secondaryRanges().values()) {
                    if (secondary.contains(ip)) {
                        return true;
                    }
                }
            }
            for (PrivateServiceRange p : n.privateServiceAccess()) {
                if (p.range().contains(ip)) {
                    return true;
                }
            }
        }
        for (Connector c : design.connectors()) {
            if (c.range().isPresent() && c.range().get().contains(ip)) {
                return true;
            }
        }
        return false;
    }

    boolean publiclyRoutable(long ip) {
        return !in(NON_PUBLIC, ip) && !inDesignRange(ip);
    }

    /** What {@code private-ranges-only} sends into the VPC [RUNCONN][BP]. */
    boolean privateRange(long ip) {
        return in(RFC1918, ip) || in(GOOGLE_APIS, ip)
                || (design.settings().privateRangesOnlyIncludesRfc6598() && RFC6598.contains(ip));
    }

    static boolean googleApi(long ip) {
        return in(GOOGLE_APIS, ip);
    }

    static boolean in(List<Cidr> ranges, long ip) {
        for (Cidr c : ranges) {
            if (c.contains(ip)) {
                return true;
            }
        }
        return false;
    }
}
