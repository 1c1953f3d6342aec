package dev.vpcsim.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The peering graph holds active (reciprocated) peerings only, and finds the hub between two spokes. */
class PeeringGraphTest {

    private static Network net(String name, String... peers) {
        List<Peering> ps = java.util.Arrays.stream(peers).map(p -> new Peering(name + "-" + p, p, false, false)).toList();
        return new Network(name, true, List.of(), List.of(), List.of(), List.of(), ps, List.of(), List.of());
    }

    @Test
    void spokesOfAHubAreNotPeeredButShareTheHub() {
        Design d = new DesignBuilder("hub").network(net("spoke-a", "hub")).network(net("hub", "spoke-a", "spoke-b"))
                .network(net("spoke-b", "hub")).network(net("lonely", "hub")).build();
        PeeringGraph g = d.peeringGraph();
        assertTrue(g.arePeered("spoke-a", "hub"));
        assertTrue(g.arePeered("hub", "spoke-b"));
        assertFalse(g.arePeered("spoke-a", "spoke-b"));
        assertFalse(g.arePeered("lonely", "hub"), "a one-sided peering is not active");
        assertEquals(List.of("spoke-a", "spoke-b"), g.peers("hub"));
        assertEquals(Optional.of("hub"), g.commonPeer("spoke-a", "spoke-b"));
        assertEquals(Optional.empty(), g.commonPeer("spoke-a", "hub"), "directly peered networks need no hub");
        assertEquals(Optional.of(List.of("spoke-a", "hub", "spoke-b")), g.chain("spoke-a", "spoke-b"));
        assertEquals(Optional.empty(), g.chain("spoke-a", "lonely"));
    }
}
