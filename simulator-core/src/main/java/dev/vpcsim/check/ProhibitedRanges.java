package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;

import java.util.List;
import java.util.Optional;

/**
 * IPv4 ranges a subnet may not use, from "Prohibited IPv4 subnet ranges" of [SUBNETS]
 * (cloud.google.com/vpc/docs/subnets#prohibited-ipv4-ranges). The page also prohibits every public address of
 * Google APIs and services (Google Cloud netblocks); the model knows only the netblocks it uses elsewhere:
 * the Private Google Access addresses, the serverless infrastructure and the health-check ranges.
 */
final class ProhibitedRanges {

    /**
     * One prohibited range.
     *
     * @param range the range
     * @param what  what it is, in a few words
     */
    record Prohibited(Cidr range, String what) {
    }

    static final List<Prohibited> ALL = List.of(
            new Prohibited(Cidr.of("0.0.0.0/8"), "the current (local) network"),
            new Prohibited(Cidr.of("127.0.0.0/8"), "local host (loopback)"),
            new Prohibited(Cidr.of("169.254.0.0/16"), "link-local addresses"),
            new Prohibited(Cidr.of("224.0.0.0/4"), "multicast (class D)"),
            new Prohibited(Cidr.of("255.255.255.255/32"), "the limited broadcast address"),
            new Prohibited(Cidr.of("199.36.153.4/30"), "restricted.googleapis.com (Private Google Access)"),
            new Prohibited(Cidr.of("199.36.153.8/30"), "private.googleapis.com (Private Google Access)"),
            new Prohibited(Cidr.of("35.199.224.0/19"), "Google's serverless infrastructure (a Google Cloud netblock)"),
            new Prohibited(Cidr.of("35.191.0.0/16"), "Google health checks (a Google Cloud netblock)"),
            new Prohibited(Cidr.of("130.211.0.0/22"), "Google health checks (a Google Cloud netblock)"));

    private ProhibitedRanges() {
    }

    /** The first prohibited range the range overlaps. */
    static Optional<Prohibited> overlapping(Cidr range) {
        return ALL.stream().filter(p -> p.range().overlaps(range)).findFirst();
    }
}
