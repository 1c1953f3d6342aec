package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Intent;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;
import java.util.Optional;

/**
 * Maps {@code endpoints[i]} (vm-only and internet-only keys refused on other types) and {@code intents[i]} (port
 * 1..65535, protocol tcp by default).
 */
final class EndpointMapper {
    private static final List<String> VM_ONLY = List.of("tags", "serviceAccount", "ipForwarding");
    private static final List<Protocol> FLOW_PROTOCOLS = List.of(Protocol.TCP, Protocol.UDP, Protocol.ICMP);
    private final Input in;

    EndpointMapper(Input in) {
        this.in = in;
    }

    Endpoint endpoint(Node node, String path) {
        Fields f = Fields.of(in, node, path, "an endpoint", "name", "type", "network", "region", "ip", "ports",
                "tags", "serviceAccount", "ipForwarding", "state", "allowedSources");
        String name = f.string("name");
        EndpointType type = f.requiredChoice("type", List.of(EndpointType.values()), EndpointType::id);
        if (type != EndpointType.VM) {
            for (String key : VM_ONLY) {
                f.forbid(key, "applies to endpoints of type vm only (this one is " + type.id() + ")");
            }
        }
        if (type != EndpointType.INTERNET) {
            f.forbid("allowedSources", "applies to endpoints of type internet only (this one is " + type.id() + ")");
        }
        Optional<String> network = f.optString("network");
        Optional<String> region = f.optString("region");
        Ipv4 ip = Values.ipv4(in, f.required("ip"), f.path("ip"));
        List<ProtocolPorts> ports = f.values("ports", (n, at) -> Values.spec(in, n, at));
        if (ports.isEmpty() && f.get("ports").isPresent()) {
            throw in.error(f.required("ports"), f.path("ports"),
                    "must list at least one protocol/port spec (omit the key if anything listens)");
        }
        List<String> tags = f.values("tags", (n, at) -> Values.string(in, n, at));
        Optional<String> account = f.optString("serviceAccount");
        boolean forwarding = f.bool("ipForwarding", false);
        Endpoint.State state = f.choice("state", Endpoint.State.RUNNING, List.of(Endpoint.State.values()),
                Endpoint.State::name);
        Optional<List<Cidr>> allowed = f.get("allowedSources").isPresent()
                ? Optional.of(f.values("allowedSources", (n, at) -> Values.cidr(in, n, at))) : Optional.empty();
        return in.build(node, path, () -> new Endpoint(name, type, network, region, ip, ports, tags, account,
                forwarding, state, allowed));
    }

    Intent intent(Node node, String path) {
        Fields f = Fields.of(in, node, path, "an intent", "name", "from", "to", "port", "protocol", "expect");
        String name = f.string("name");
        String from = f.string("from");
        String to = f.string("to");
        Optional<Integer> port = f.optInteger("port", 1, 65535);
        Protocol protocol = f.choice("protocol", Protocol.TCP, FLOW_PROTOCOLS, Protocol::id);
        Intent.Expect expect = f.requiredChoice("expect", List.of(Intent.Expect.values()), Intent.Expect::id);
        return in.build(node, path, () -> new Intent(name, from, to, port, protocol, expect));
    }
}
