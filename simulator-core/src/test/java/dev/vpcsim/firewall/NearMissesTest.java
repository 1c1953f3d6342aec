package dev.vpcsim.firewall;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearMissesTest {
    private static final PacketView P = new PacketView(Cidr.of("10.8.0.0/28").first() + 2, List.of(), Optional.empty(),
            true, Cidr.of("10.0.0.0/24").first() + 5, Protocol.TCP, 5432, List.of("db"), Optional.empty());
    private static final FirewallRule IMPLIED = new FirewallRule("implied-deny-ingress", Direction.INGRESS, 65535,
            Action.DENY, List.of(ProtocolPorts.ALL), List.of(Cidr.ALL), List.of(), List.of(), List.of(), List.of(),
            List.of(), false, Origin.IMPLIED, "");

    private static FirewallRule allow(String spec, String source, String tag, boolean disabled) {
        return new FirewallRule("r", Direction.INGRESS, 1000, Action.ALLOW, List.of(ProtocolPorts.of(spec)),
                List.of(Cidr.of(source)), List.of(), List.of(), List.of(), List.of(tag), List.of(), disabled,
                Origin.USER, "");
    }

    @Test
    void eachSingleDifferenceIsNamed() {
        assertEquals(List.of("it is disabled"),
                NearMisses.differences(allow("tcp:5432", "10.8.0.0/28", "db", true), Direction.INGRESS, P, IMPLIED, false));
        assertEquals(1, NearMisses.differences(allow("tcp:3306", "10.8.0.0/28", "db", false), Direction.INGRESS, P,
                IMPLIED, false).size());
        assertTrue(NearMisses.differences(allow("tcp:5432", "10.9.0.0/28", "db", false), Direction.INGRESS, P, IMPLIED,
                false).get(0).contains("do not include 10.8.0.2"));
        assertTrue(NearMisses.differences(allow("tcp:5432", "10.8.0.0/28", "web", false), Direction.INGRESS, P, IMPLIED,
                false).get(0).contains("targets tags web"));
        assertEquals(2, NearMisses.differences(allow("udp:53", "10.9.0.0/28", "db", false), Direction.INGRESS, P,
                IMPLIED, false).size());
    }
}
