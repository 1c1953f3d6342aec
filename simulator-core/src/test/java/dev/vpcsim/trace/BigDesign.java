package dev.vpcsim.trace;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.WorkloadType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large seeded design for throughput checks: 100 networks of 20 subnets, 100 rules each (10,000 rules),
 * peerings in pairs, 500 workloads (connectors and Direct VPC), 5,000 endpoints.
 */
final class BigDesign {
    private BigDesign() {
    }

    static Design build(long seed) {
        Random rnd = new Random(seed);
        Fixture f = Fixture.design();
        String[] tags = {"db", "web", "cache", "api", "batch", "fw", "run", "ops"};
        for (int n = 0; n < 100; n++) {
            Fixture.Net net = f.net("net-" + n);
            for (int s = 0; s < 20; s++) {
                net.subnet("s" + s, "europe-west1", "10." + n + "." + (s * 8) + ".0/21");
            }
            net.psa("psa", "172.16." + n + ".0/24");
            if (n % 2 == 1) {
                net.peer("p", "net-" + (n - 1), true, true);
                f.net("net-" + (n - 1)).peer("p", "net-" + n, true, true);
            }
            for (int r = 0; r < 100; r++) {
                String tag = tags[rnd.nextInt(tags.length)];
                int port = 1000 + rnd.nextInt(9000);
                Rule rule = rnd.nextBoolean() ? Rule.allow("r" + r, "tcp:" + port + "-" + (port + rnd.nextInt(50)))
                        : Rule.deny("r" + r, "udp:" + port);
                rule.priority(100 + rnd.nextInt(2000)).from("10." + rnd.nextInt(100) + ".0.0/16");
                if (rnd.nextInt(3) > 0) {
                    rule.targetTags(tag);
                }
                if (rnd.nextInt(10) == 0) {
                    rule.egress().to("10." + rnd.nextInt(100) + ".0.0/16");
                }
                net.rule(rule.build());
            }
            net.nat("nat", "europe-west1", List.of("all"), List.of("auto"));
            net.tunnel("t", "europe-west1").route("onprem", "192.168." + n + ".0/24", 1000, List.of(),
                    new NextHop.VpnTunnel("t"));
            f.connector("c" + n, "europe-west1", "net-" + n, "10.200." + n + ".0/28");
        }
        for (int w = 0; w < 500; w++) {
            int n = rnd.nextInt(100);
            if (w % 2 == 0) {
                f.service("w" + w, "europe-west1", "c" + n);
            } else {
                f.directVpc("w" + w, WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "net-" + n, "s" + rnd.nextInt(20),
                        List.of(tags[rnd.nextInt(tags.length)]), null);
            }
            if (rnd.nextInt(4) == 0) {
                f.egress("w" + w, VpcEgress.ALL_TRAFFIC);
            }
        }
        for (int e = 0; e < 5000; e++) {
            int n = rnd.nextInt(100);
            if (e % 10 == 9) {
                f.endpoint("e" + e, EndpointType.CLOUD_SQL, "net-" + n, "172.16." + n + "." + (e % 250 + 2), "tcp:5432");
            } else if (e % 10 == 8) {
                f.internet("e" + e, "203.0." + (e % 250) + "." + (e % 200 + 1), List.of("0.0.0.0/0"), "tcp:443");
            } else {
                f.vm("e" + e, "net-" + n, "10." + n + "." + rnd.nextInt(160) + "." + (2 + rnd.nextInt(250)),
                        List.of(tags[rnd.nextInt(tags.length)]), "tcp:" + (1000 + rnd.nextInt(9000)));
            }
        }
        return f.build();
    }

    static List<Flow> flows(Design d, int count, long seed) {
        Random rnd = new Random(seed);
        List<Flow> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String w = d.workloads().get(rnd.nextInt(d.workloads().size())).name();
            String e = d.endpoints().get(rnd.nextInt(d.endpoints().size())).name();
            out.add(Expect.tcp(w, e));
        }
        return out;
    }
}
