package dev.vpcsim.trace;

/**
 * Checks that an explanation may pretend passed, to find the next blocker after the first (bits of an int).
 * A normal trace relaxes nothing.
 */
final class Relax {
    static final int NONE = 0;
    static final int EGRESS_FIREWALL = 1;
    static final int INGRESS_FIREWALL = 1 << 1;
    static final int CONNECTOR_STATE = 1 << 2;
    static final int SERVERLESS_HOP = 1 << 3;
    static final int INSTANCE_STATE = 1 << 4;
    static final int FOREIGN_IP = 1 << 5;
    static final int PORT = 1 << 6;
    static final int ALLOW_LIST = 1 << 7;
    static final int NAT = 1 << 8;
    static final int PRIVATE_GOOGLE_ACCESS = 1 << 9;

    private Relax() {
    }

    /** The relaxation that lets a drop of this cause pass, or NONE when the path cannot continue past it. */
    static int of(DropCause cause, boolean egressDirection) {
        return switch (cause) {
            case FIREWALL_RULE -> egressDirection ? EGRESS_FIREWALL : INGRESS_FIREWALL;
            case INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS -> INGRESS_FIREWALL;
            case VPC_CONNECTOR_NOT_RUNNING -> CONNECTOR_STATE;
            case VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED -> SERVERLESS_HOP;
            case INSTANCE_NOT_RUNNING -> INSTANCE_STATE;
            case FOREIGN_IP_DISALLOWED -> FOREIGN_IP;
            case DESTINATION_PORT_CLOSED, REDIS_INSTANCE_UNSUPPORTED_PORT -> PORT;
            case DESTINATION_REJECTS_SOURCE -> ALLOW_LIST;
            case NO_EXTERNAL_ADDRESS, CLOUD_NAT_NO_ADDRESSES -> NAT;
            case PRIVATE_GOOGLE_ACCESS_DISALLOWED -> PRIVATE_GOOGLE_ACCESS;
            default -> NONE;
        };
    }
}
