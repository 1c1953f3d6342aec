package dev.vpcsim.trace;

/**
 * Every ASSUMPTION the model makes: those of semantics.md (where Google's documents disagree or say nothing),
 * and the choices vpcsim makes where semantics.md itself is silent. Traces list the ones they relied on
 * ({@link Trace#assumptions()}, as {@link #line()}); docs/model.md lists them all with the same ids and texts.
 */
public enum Assumption {
    RFC6598_NOT_PRIVATE(Origin.SEMANTICS, "rfc6598-not-private-range",
            "private-ranges-only sends 100.64.0.0/10 (RFC 6598) out through Google's own path, not into the VPC, "
                    + "unless settings.privateRangesOnlyIncludesRfc6598 is true (Google's documents disagree)"),
    CONNECTOR_UPDATING_FORWARDS(Origin.SEMANTICS, "connector-updating-forwards",
            "a connector in state UPDATING (an in-place change of machine type or instance counts) keeps forwarding"),
    MANAGED_RULE_PRIORITY(Origin.SEMANTICS, "managed-connector-rule-priority",
            "Google's managed connector rules for the serverless infrastructure and health checks have priority 100 "
                    + "(the figure comes from secondary sources)"),
    DIRECT_VPC_TARGET_SERVICE_ACCOUNT(Origin.SEMANTICS, "direct-vpc-target-service-account",
            "EGRESS rules that target service accounts never match Direct VPC egress traffic; target tags do"),
    NAT_HIDDEN_CONNECTOR_SUBNET(Origin.SEMANTICS, "nat-hidden-connector-subnet",
            "Cloud NAT with sourceSubnetworks: all covers the hidden subnet of a connector created from a range; "
                    + "a list of subnets never does"),
    CONNECTOR_RANGE_PRIVATE_GOOGLE_ACCESS(Origin.SEMANTICS, "connector-range-private-google-access",
            "a connector created from a range counts as having Private Google Access"),
    CONNECTOR_SCALE_OUT(Origin.SEMANTICS, "connector-scale-out",
            "a connector's instance count jumps straight to the needed value (capped at max) scaleOutDelay after "
                    + "the need appears; demand above capacity is not delivered"),
    CONNECTOR_PACKET_RATE(Origin.SEMANTICS, "connector-packet-rate-threshold",
            "f1-micro and e2-micro connectors are warned about above a threshold of requests per second per instance"),
    CONNECTOR_PRICES(Origin.SEMANTICS, "connector-prices",
            "connector VMs cost the us-central1 on-demand list price in every region unless pricePerHourUsd overrides it"),
    CONNECTOR_SOURCE_ADDRESS(Origin.VPCSIM, "connector-source-address",
            "traffic through a connector is shown leaving from the first usable address of its range (the range's "
                    + "first address + 2); any connector VM may carry it"),
    DIRECT_VPC_SOURCE_ADDRESS(Origin.VPCSIM, "direct-vpc-source-address",
            "Direct VPC egress traffic is shown leaving from the first usable address of the subnet's primary "
                    + "range (first address + 2); any instance address of the subnet may carry it"),
    SERVERLESS_PROBE_ADDRESS(Origin.VPCSIM, "serverless-hop-probe",
            "the serverless hop into a connector is checked as one packet from 35.199.224.0 (the first address "
                    + "of 35.199.224.0/19) on tcp:667 to the connector's first usable address");

    /** Where an assumption comes from. */
    public enum Origin {
        /** Marked ASSUMPTION in semantics.md. */
        SEMANTICS,
        /** vpcsim's own choice where semantics.md is silent (see docs/model.md). */
        VPCSIM
    }

    private final Origin origin;
    private final String id;
    private final String text;
    private final String line;

    Assumption(Origin origin, String id, String text) {
        this.origin = origin;
        this.id = id;
        this.text = text;
        this.line = "ASSUMPTION " + id + ": " + text;
    }

    public Origin origin() {
        return origin;
    }

    /** Stable kebab-case id. */
    public String id() {
        return id;
    }

    /** One sentence. */
    public String text() {
        return text;
    }

    /** How a trace prints it: {@code ASSUMPTION id: text}. */
    public String line() {
        return line;
    }
}
