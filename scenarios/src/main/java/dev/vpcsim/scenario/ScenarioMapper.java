package dev.vpcsim.scenario;

import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Settings;

/**
 * Maps the top-level mapping onto a {@link DesignBuilder}. {@code version} is read first (a file of another format
 * version is reported as such, before any of its keys), then every other key strictly.
 */
final class ScenarioMapper {
    static final int FORMAT_VERSION = 1;
    private final Input in;

    ScenarioMapper(Input in) {
        this.in = in;
    }

    DesignBuilder map(Node root) {
        if (!(root instanceof Node.MapNode)) {
            throw in.error(root, "", "expected a mapping at the top level (version, name, networks, ...), got "
                    + root.describe());
        }
        Fields f = Fields.open(in, root, "", "a scenario");
        int version = f.requiredInteger("version", Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (version != FORMAT_VERSION) {
            throw in.error(f.required("version"), "version", "unsupported format version " + version
                    + " (this vpcsim reads version " + FORMAT_VERSION + ")");
        }
        f.allowOnly("", "version", "name", "description", "settings", "networks", "connectors", "workloads",
                "endpoints", "intents", "traffic");
        DesignBuilder b = new DesignBuilder(f.string("name")).version(version);
        b.description(f.optString("description").orElse(""));
        f.get("settings").ifPresent(n -> b.settings(settings(n, f.path("settings"))));
        NetworkMapper networks = new NetworkMapper(in);
        f.list("networks", networks::network).forEach(b::network);
        ServerlessMapper serverless = new ServerlessMapper(in);
        f.list("connectors", serverless::connector).forEach(b::connector);
        f.list("workloads", serverless::workload).forEach(b::workload);
        EndpointMapper endpoints = new EndpointMapper(in);
        f.list("endpoints", endpoints::endpoint).forEach(b::endpoint);
        f.list("intents", endpoints::intent).forEach(b::intent);
        f.get("traffic").ifPresent(n -> b.traffic(new TrafficMapper(in).traffic(n, f.path("traffic"))));
        return b;
    }

    private Settings settings(Node node, String path) {
        Fields f = Fields.of(in, node, path, "settings", "privateRangesOnlyIncludesRfc6598");
        return new Settings(f.bool("privateRangesOnlyIncludesRfc6598", Settings.DEFAULT.privateRangesOnlyIncludesRfc6598()));
    }
}
