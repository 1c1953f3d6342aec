package dev.vpcsim.model;

import java.util.Optional;

/** Egress settings of a workload with VPC access [RUNCONN][BP]. */
public enum VpcEgress {
    PRIVATE_RANGES_ONLY("private-ranges-only"), ALL_TRAFFIC("all-traffic");

    private final String id;

    VpcEgress(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<VpcEgress> fromId(String id) {
        return Ids.find(values(), VpcEgress::id, id);
    }

    @Override
    public String toString() {
        return id;
    }
}
