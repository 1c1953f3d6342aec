package dev.vpcsim.trace;

import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's port check on primitive pairs must answer as {@link Endpoint#listensOn}. */
class EndpointViewTest {
    private static final Protocol[] FLOW = {Protocol.TCP, Protocol.UDP, Protocol.ICMP};
    private static final int[] PORTS = {0, 1, 22, 53, 79, 80, 81, 443, 5432, 6379, 8080, 65534, 65535};

    private static ProtocolPorts spec(Random r) {
        int kind = r.nextInt(6);
        if (kind == 0) {
            return ProtocolPorts.ALL;
        }
        Protocol p = FLOW[r.nextInt(3)];
        if (kind == 1 || p == Protocol.ICMP) {
            return new ProtocolPorts(p, List.of());
        }
        int from = PORTS[r.nextInt(PORTS.length)];
        return new ProtocolPorts(p, List.of(new PortRange(from, Math.min(65535, from + r.nextInt(3) * r.nextInt(500)))));
    }

    @Test
    void listensAsTheEndpointSays() {
        Random r = new Random(11);
        int yes = 0;
        int no = 0;
        for (int i = 0; i < 2_000; i++) {
            List<ProtocolPorts> specs = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                specs.add(spec(r));
            }
            Endpoint e = new Endpoint("e" + i, EndpointType.INTERNET, Optional.empty(), Optional.empty(),
                    Ipv4.of("8.8.8.8"), specs, List.of(), Optional.empty(), false, Endpoint.State.RUNNING,
                    Optional.empty());
            EndpointView view = new EndpointView(e, null);
            for (int p = 0; p < 3; p++) {
                for (int port : PORTS) {
                    boolean expected = e.listensOn(FLOW[p], port);
                    assertEquals(expected, view.listensOn(p, port), specs + " " + FLOW[p] + ":" + port);
                    yes += expected ? 1 : 0;
                    no += expected ? 0 : 1;
                }
            }
        }
        assertTrue(yes > 10_000 && no > 10_000, yes + " / " + no);
        Endpoint web = new Endpoint("web", EndpointType.INTERNET, Optional.empty(), Optional.empty(),
                Ipv4.of("8.8.8.8"), List.of(ProtocolPorts.of("tcp:443")), List.of(), Optional.empty(), false,
                Endpoint.State.RUNNING, Optional.empty());
        assertTrue(new EndpointView(web, null).listensOn(0, 443));
        assertFalse(new EndpointView(web, null).listensOn(0, 444));
        assertFalse(new EndpointView(web, null).listensOn(1, 443));
    }
}
