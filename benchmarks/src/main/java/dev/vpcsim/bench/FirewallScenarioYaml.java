package dev.vpcsim.bench;

/** Scenario YAML text with many firewall rules, for loader benchmarks. Deterministic: the same count gives the same text. */
public final class FirewallScenarioYaml {
    private FirewallScenarioYaml() {
    }

    /**
     * A scenario with one network, one subnet, a connector, a workload, a database and {@code rules} firewall
     * rules that vary in direction, action, priority, ports, sources and targets.
     */
    public static String withRules(int rules) {
        StringBuilder sb = new StringBuilder(rules * 160 + 1024);
        sb.append("version: 1\n")
                .append("name: firewall-").append(rules).append('\n')
                .append("networks:\n")
                .append("  - name: vpc\n")
                .append("    subnets:\n")
                .append("      - {name: app, region: europe-west1, range: 10.0.0.0/16}\n")
                .append("    firewall:\n");
        for (int i = 0; i < rules; i++) {
            boolean ingress = i % 4 != 3;
            sb.append("      - name: rule-").append(i).append('\n');
            sb.append("        direction: ").append(ingress ? "INGRESS" : "EGRESS").append('\n');
            sb.append("        priority: ").append(100 + i % 60_000).append('\n');
            sb.append("        ").append(i % 5 == 0 ? "deny" : "allow").append(": [tcp:").append(1 + i % 65_000)
                    .append(", udp:").append(1000 + i % 1000).append('-').append(2000 + i % 1000).append("]\n");
            if (ingress) {
                sb.append("        sourceRanges: [10.").append((i >> 8) % 256).append('.').append(i % 256)
                        .append(".0/24]\n");
                sb.append("        sourceTags: [tag-").append(i % 50).append("]\n");
            } else {
                sb.append("        destinationRanges: [172.16.").append(i % 256).append(".0/24]\n");
            }
            sb.append("        targetTags: [db, app-").append(i % 100).append("]\n");
        }
        sb.append("connectors:\n")
                .append("  - {name: conn, region: europe-west1, network: vpc, range: 10.8.0.0/28}\n")
                .append("workloads:\n")
                .append("  - {name: svc, type: cloud-run-service, region: europe-west1, vpcConnector: conn}\n")
                .append("endpoints:\n")
                .append("  - {name: db, type: vm, network: vpc, ip: 10.0.0.5, ports: [tcp:5432], tags: [db]}\n")
                .append("intents:\n")
                .append("  - {name: svc reaches db, from: svc, to: db, expect: reachable}\n");
        return sb.toString();
    }
}
