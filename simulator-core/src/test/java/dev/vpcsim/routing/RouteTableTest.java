package dev.vpcsim.routing;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.RouteEntry;
import dev.vpcsim.model.RouteEntry.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteTableTest {
    private static final NextHop HOP = new NextHop.VpnTunnel("t");

    private static RouteEntry route(String id, String range, int priority, Kind kind, List<String> tags) {
        return new RouteEntry(id, "n", Cidr.of(range), priority, tags, kind == Kind.SUBNET ? new NextHop.Network("n") : HOP,
                kind);
    }

    private static List<String> ids(RouteEntry[] won) {
        return java.util.Arrays.stream(won).map(RouteEntry::id).toList();
    }

    @Test
    void selectionRules() {
        RouteTable t = new RouteTable(List.of(
                route("subnet", "10.0.0.0/24", 0, Kind.SUBNET, List.of()),
                route("steal", "10.0.0.0/25", 0, Kind.STATIC, List.of()),
                route("default", "0.0.0.0/0", 1000, Kind.DEFAULT, List.of()),
                route("fw", "0.0.0.0/0", 100, Kind.STATIC, List.of("fw")),
                route("a", "192.168.0.0/16", 100, Kind.STATIC, List.of()),
                route("b", "192.168.0.0/16", 100, Kind.STATIC, List.of()),
                route("c", "192.168.0.0/16", 200, Kind.STATIC, List.of()),
                route("narrow", "192.168.1.0/24", 900, Kind.STATIC, List.of())));
        long ip10 = Cidr.of("10.0.0.5/32").first();
        assertEquals(List.of("subnet"), ids(t.select(ip10, List.of())), "subnet routes cannot be overridden");
        assertEquals(List.of("a", "b"), ids(t.select(Cidr.of("192.168.7.7/32").first(), List.of())), "ECMP in order");
        assertEquals(List.of("narrow"), ids(t.select(Cidr.of("192.168.1.7/32").first(), List.of())), "longest prefix");
        assertEquals(List.of("default"), ids(t.select(Cidr.of("8.8.8.8/32").first(), List.of("web"))));
        assertEquals(List.of("fw"), ids(t.select(Cidr.of("8.8.8.8/32").first(), List.of("fw"))), "tagged route");
        assertEquals(0, new RouteTable(List.of()).select(ip10, List.of()).length);
    }

    @Test
    void selectsLikeAPlainScanOnRandomTables() {
        Random r = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<RouteEntry> routes = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(20); i++) {
                int len = r.nextInt(4) * 8;
                long base = ((long) r.nextInt(3) << 24) | ((long) r.nextInt(3) << 16);
                String range = dev.vpcsim.addressing.Addresses.format(len == 0 ? 0 : base & (0xFFFF_FFFFL << (32 - len)))
                        + "/" + len;
                Kind kind = r.nextInt(4) == 0 ? Kind.SUBNET : Kind.STATIC;
                routes.add(route("r" + i, range, kind == Kind.SUBNET ? 0 : r.nextInt(3) * 100, kind,
                        kind == Kind.STATIC && r.nextInt(4) == 0 ? List.of("t") : List.of()));
            }
            RouteTable t = new RouteTable(routes);
            for (int k = 0; k < 30; k++) {
                long ip = ((long) r.nextInt(3) << 24) | ((long) r.nextInt(3) << 16) | r.nextInt(65536);
                List<String> tags = r.nextBoolean() ? List.of("t") : List.of();
                assertEquals(naive(routes, ip, tags), ids(t.select(ip, tags)), "round " + round);
            }
        }
    }

    /** semantics.md section 4, literally: subnet routes first, then longest prefix, lowest priority, ties. */
    private static List<String> naive(List<RouteEntry> routes, long ip, List<String> tags) {
        List<RouteEntry> apply = routes.stream().filter(x -> x.destRange().contains(ip))
                .filter(x -> x.tags().isEmpty() || x.tags().stream().anyMatch(tags::contains)).toList();
        List<RouteEntry> subnet = apply.stream().filter(x -> x.kind().isSubnetRoute()).toList();
        List<RouteEntry> pool = subnet.isEmpty() ? apply : subnet;
        if (pool.isEmpty()) {
            return List.of();
        }
        int len = pool.stream().mapToInt(x -> x.destRange().prefixLength()).max().orElseThrow();
        int prio = pool.stream().filter(x -> x.destRange().prefixLength() == len).mapToInt(RouteEntry::priority)
                .min().orElseThrow();
        return pool.stream().filter(x -> x.destRange().prefixLength() == len && x.priority() == prio)
                .map(RouteEntry::id).toList();
    }
}
