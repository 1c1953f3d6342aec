package dev.vpcsim.trace;

/** Why the model cannot answer (or the design cannot deploy): "we cannot say", kept apart from drops [CT]. */
public enum AbortCause {
    VPC_CONNECTOR_REGION_MISMATCH("the workload and its connector are in different regions; deploying fails",
            "a failed deploy: the connector is not in the workload's region"),
    UNSUPPORTED("the configuration is not supported (for example Direct VPC on a 1st gen function)",
            "a failed deploy: the configuration is not supported"),
    RESOURCE_CONFIG_NOT_FOUND("a resource the trace needs is missing from the design",
            "the trace cannot continue: a resource is missing from the design"),
    TRACE_TOO_LONG("the trace passed 64 steps (a routing loop)", "packets loop until their TTL runs out"),
    INVALID_ARGUMENT("the flow asked for is not valid", "no flow: the question is not valid");

    private final String meaning;
    private final String symptom;

    AbortCause(String meaning, String symptom) {
        this.meaning = meaning;
        this.symptom = symptom;
    }

    public String meaning() {
        return meaning;
    }

    public String symptom() {
        return symptom;
    }
}
