package dev.vpcsim.model;

import java.util.Optional;

/** Serverless workload kinds, with the Connectivity Tests name of the first step of their traces. */
public enum WorkloadType {
    CLOUD_RUN_SERVICE("cloud-run-service", "START_FROM_CLOUD_RUN_REVISION"),
    CLOUD_RUN_JOB("cloud-run-job", "START_FROM_CLOUD_RUN_JOB"),
    CLOUD_RUN_WORKER_POOL("cloud-run-worker-pool", "START_FROM_CLOUD_RUN_REVISION"),
    CLOUD_FUNCTION("cloud-function", "START_FROM_CLOUD_FUNCTION"),
    APP_ENGINE("app-engine", "START_FROM_APP_ENGINE_VERSION");

    private final String id;
    private final String startState;

    WorkloadType(String id, String startState) {
        this.id = id;
        this.startState = startState;
    }

    public String id() {
        return id;
    }

    /** The step state a trace from such a workload starts with. */
    public String startState() {
        return startState;
    }

    public static Optional<WorkloadType> fromId(String id) {
        return Ids.find(values(), WorkloadType::id, id);
    }

    @Override
    public String toString() {
        return id;
    }
}
