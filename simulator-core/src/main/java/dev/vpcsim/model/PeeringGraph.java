package dev.vpcsim.model;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topology of a design as a JGraphT graph: vertices are network names, edges are ACTIVE peerings (both
 * sides list each other [PEER]). Peering is not transitive, so only edges carry traffic; paths of two or more
 * edges are what a user often expects to work and does not.
 */
public final class PeeringGraph implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Graph<String, DefaultEdge> graph;

    PeeringGraph(List<Network> networks, Map<String, List<Peering>> activePeerings) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        networks.forEach(n -> g.addVertex(n.name()));
        for (Network n : networks) {
            for (Peering p : activePeerings.getOrDefault(n.name(), List.of())) {
                g.addEdge(n.name(), p.peerNetwork());
            }
        }
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    /** The read-only graph. */
    public Graph<String, DefaultEdge> graph() {
        return graph;
    }

    /** True when the two networks have an active peering. */
    public boolean arePeered(String a, String b) {
        return graph.containsVertex(a) && graph.containsVertex(b) && graph.containsEdge(a, b);
    }

    /** The active peers of a network, in file order of the networks. */
    public List<String> peers(String network) {
        if (!graph.containsVertex(network)) {
            return List.of();
        }
        return graph.vertexSet().stream().filter(v -> graph.containsEdge(network, v)).toList();
    }

    /**
     * The shortest chain of peerings from {@code a} to {@code b} (both included), when one exists; a chain of
     * more than two networks is a path that peering does NOT provide (it is not transitive).
     */
    public Optional<List<String>> chain(String a, String b) {
        if (!graph.containsVertex(a) || !graph.containsVertex(b) || a.equals(b)) {
            return Optional.empty();
        }
        GraphPath<String, DefaultEdge> path = BFSShortestPath.findPathBetween(graph, a, b);
        return path == null ? Optional.empty() : Optional.of(List.copyOf(path.getVertexList()));
    }

    /**
     * The first network (in file order) peered with both {@code a} and {@code b}, when they are not peered
     * themselves: the hub a user expects to carry traffic between two spokes, which peering does not do.
     */
    public Optional<String> commonPeer(String a, String b) {
        if (a.equals(b) || arePeered(a, b)) {
            return Optional.empty();
        }
        return peers(a).stream().filter(x -> arePeered(x, b)).findFirst();
    }
}
