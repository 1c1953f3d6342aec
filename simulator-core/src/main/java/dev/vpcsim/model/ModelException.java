package dev.vpcsim.model;

/**
 * A design that cannot be built: a reference to a name that does not exist, a duplicate name, a value
 * outside what the format allows. Carries the YAML path of the offending value
 * ({@code workloads[2].vpcConnector}) so that a loader can point at the file, line and column.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    public ModelException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** The YAML path of the offending value, e.g. {@code networks[0].subnets[1].range}. */
    public String path() {
        return path;
    }

    /** The message without the path. */
    public String problem() {
        return getMessage().substring(path.length() + 2);
    }
}
