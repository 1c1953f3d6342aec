package dev.vpcsim.model;

/** Lifecycle state of a Serverless VPC Access connector. */
public enum ConnectorState {
    READY, CREATING, UPDATING, DELETING, ERROR;

    /** CREATING, DELETING and ERROR do not forward [CT]; UPDATING keeps forwarding (ASSUMPTION). */
    public boolean forwards() {
        return this == READY || this == UPDATING;
    }
}
