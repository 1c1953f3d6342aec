package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;
import java.util.SplittableRandom;

/** The fixed vocabularies the generator draws names, tags, accounts and port specs from. */
final class Pools {
    static final List<String> REGIONS = List.of("europe-west1", "us-central1", "asia-east1");
    /** Instance tags shared by VMs, Direct VPC workloads, firewall rules and tagged routes. */
    static final List<String> TAGS = List.of("web", "db", "app", "via-fw", "run", "batch", "cache", "vpc-connector");
    static final List<String> SERVICE_ACCOUNTS = List.of("run-sa@p.iam.gserviceaccount.com",
            "db-sa@p.iam.gserviceaccount.com", "vm-sa@p.iam.gserviceaccount.com", "job-sa@p.iam.gserviceaccount.com");
    /** Port specs of firewall rules. */
    static final List<ProtocolPorts> RULE_PORTS = specs("all", "tcp", "tcp:5432", "tcp:80-443", "udp:53", "icmp",
            "tcp:667", "tcp:443", "tcp:6379", "udp", "tcp:22", "tcp:3306", "tcp:8080-8090");
    /** What VMs and load balancers listen on. */
    static final List<ProtocolPorts> LISTEN_PORTS = specs("tcp:22", "tcp:80", "tcp:443", "tcp:5432", "tcp:8080-8090",
            "udp:53", "icmp", "tcp");
    /** Ports flows use, listed and unlisted. */
    static final int[] FLOW_PORTS = {22, 80, 443, 5432, 3306, 6379, 8080, 8085, 53, 667, 9999, 1};
    /** The serverless infrastructure range that reaches connectors [CSVA]. */
    static final Cidr SERVERLESS_INFRA = Cidr.of("35.199.224.0/19");
    static final Cidr HEALTH_CHECKS = Cidr.of("130.211.0.0/22");
    /** Private Google Access virtual addresses 199.36.153.4/30 and 199.36.153.8/30. */
    static final long[] GOOGLE_API_IPS = range(Blocks.ip(199, 36, 153, 4), 8);
    /** Public ranges for internet endpoints, allow-lists, static routes and EGRESS rules. */
    static final List<Cidr> PUBLIC_BLOCKS = List.of(Cidr.of("203.0.113.0/24"), Cidr.of("198.51.100.0/24"),
            Cidr.of("8.8.8.0/24"), Cidr.of("93.184.216.0/24"), Cidr.of("34.120.0.0/16"));
    /** Where manual Cloud NAT addresses come from (kept apart from endpoint addresses). */
    static final Cidr NAT_BLOCK = Cidr.of("192.0.2.0/24");
    static final List<String> MACHINE_TYPES = List.of("e2-micro", "f1-micro", "e2-standard-4");

    private Pools() {
    }

    private static List<ProtocolPorts> specs(String... texts) {
        return java.util.Arrays.stream(texts).map(ProtocolPorts::of).toList();
    }

    private static long[] range(long first, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = first + i;
        }
        return out;
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** A random subset of 1..max distinct items. */
    static <T> List<T> some(SplittableRandom r, List<T> items, int max) {
        int n = 1 + r.nextInt(Math.min(max, items.size()));
        List<T> copy = new java.util.ArrayList<>(items);
        List<T> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(copy.remove(r.nextInt(copy.size())));
        }
        return out;
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }
}
