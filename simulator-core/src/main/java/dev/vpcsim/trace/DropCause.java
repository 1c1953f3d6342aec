package dev.vpcsim.trace;

/**
 * Why the network drops a packet: Connectivity Tests names, plus our own DESTINATION_PORT_CLOSED and
 * DESTINATION_REJECTS_SOURCE. Each knows what the client observes.
 */
public enum DropCause {
    VPC_CONNECTOR_NOT_SET(Symptom.TIMEOUT, "the destination is private and the workload has no VPC access"),
    VPC_CONNECTOR_NOT_RUNNING(Symptom.TIMEOUT, "the connector is not running (state CREATING, DELETING or ERROR)"),
    VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED(Symptom.TIMEOUT,
            "the connector's firewall rules do not admit traffic from the serverless infrastructure"),
    INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS(Symptom.TIMEOUT,
            "an ingress rule matches Direct VPC egress by source tag or service account, which is unsupported"),
    FIREWALL_RULE(Symptom.TIMEOUT, "a firewall rule drops the packet"),
    NO_ROUTE(Symptom.TIMEOUT, "no route matches the destination"),
    PRIVATE_TRAFFIC_TO_INTERNET(Symptom.TIMEOUT, "a private destination is sent towards the internet"),
    NO_EXTERNAL_ADDRESS(Symptom.TIMEOUT, "the source has no external address and no Cloud NAT covers it"),
    CLOUD_NAT_NO_ADDRESSES(Symptom.TIMEOUT, "the Cloud NAT gateway has no addresses"),
    UNKNOWN_INTERNAL_ADDRESS(Symptom.TIMEOUT, "no resource of the design holds the destination address"),
    INSTANCE_NOT_RUNNING(Symptom.TIMEOUT, "the destination instance is stopped"),
    ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED(Symptom.TIMEOUT, "no VM holds the route's next-hop address"),
    FOREIGN_IP_DISALLOWED(Symptom.TIMEOUT, "the next-hop instance does not have IP forwarding on"),
    GOOGLE_MANAGED_SERVICE_NO_PEERING(Symptom.TIMEOUT,
            "the managed service is reachable only from the network that holds its private-services-access range"),
    REDIS_INSTANCE_UNSUPPORTED_PORT(Symptom.REFUSED, "Memorystore does not listen on that port"),
    PRIVATE_GOOGLE_ACCESS_DISALLOWED(Symptom.TIMEOUT, "the source subnet does not have Private Google Access"),
    DESTINATION_PORT_CLOSED(Symptom.REFUSED, "nothing listens on that port"),
    DESTINATION_REJECTS_SOURCE(Symptom.REJECTED, "the remote side does not accept the source address");

    private final Symptom symptom;
    private final String meaning;

    DropCause(Symptom symptom, String meaning) {
        this.symptom = symptom;
        this.meaning = meaning;
    }

    /** What the client observes. */
    public String symptom() {
        return symptom.text;
    }

    /** One-line meaning. */
    public String meaning() {
        return meaning;
    }

    /** What a client sees. */
    enum Symptom {
        TIMEOUT("connections time out silently; the workload reports no network error"),
        REFUSED("connections are refused at once (connection refused)"),
        REJECTED("the remote side rejects or ignores the connection (it does not accept the source address)");

        private final String text;

        Symptom(String text) {
            this.text = text;
        }
    }
}
