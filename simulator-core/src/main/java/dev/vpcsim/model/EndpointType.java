package dev.vpcsim.model;

import java.util.Optional;

/** What an endpoint is. */
public enum EndpointType {
    VM("vm"), INTERNAL_LB("internal-lb"), CLOUD_SQL("cloud-sql"), MEMORYSTORE_REDIS("memorystore-redis"),
    INTERNET("internet"), GOOGLE_API("google-api");

    private final String id;

    EndpointType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Cloud SQL and Memorystore live in a Google producer network reached through private services access. */
    public boolean isManagedService() {
        return this == CLOUD_SQL || this == MEMORYSTORE_REDIS;
    }

    /** Types whose address lies in a network of the design. */
    public boolean isInNetwork() {
        return this == VM || this == INTERNAL_LB || isManagedService();
    }

    public static Optional<EndpointType> fromId(String id) {
        return Ids.find(values(), EndpointType::id, id);
    }

    @Override
    public String toString() {
        return id;
    }
}
