package dev.vpcsim.firewall;

import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * The enabled firewall rules of one network and one direction, bucketed by target (all instances, each target
 * tag, each target service account) and by protocol, so that the rules a packet must be checked against are
 * found without scanning the whole rule set. Immutable once built, apart from remembering (thread-safely) the scan
 * layout of each distinct candidate set it has handed out, so that targets with the same candidates share one.
 */
public final class FirewallIndex {
    private static final Protocol[] FLOW_PROTOCOLS = {Protocol.TCP, Protocol.UDP, Protocol.ICMP};

    private final Direction direction;
    private final FirewallRule[] rules;
    /** One scan layout per distinct candidate set and protocol (many targets share their candidates). */
    private final Map<Candidates, RuleScan> scans = new ConcurrentHashMap<>();
    private final int[] allInstances;
    private final Map<String, int[]> byTag;
    private final Map<String, int[]> byAccount;
    private final boolean[][] protocolMatch;

    /**
     * @param sortedRules the effective rules of a network, most precedent first ({@code Design.firewall(net)})
     * @param direction   which direction to index
     */
    public FirewallIndex(List<FirewallRule> sortedRules, Direction direction) {
        this.direction = direction;
        List<FirewallRule> kept = new ArrayList<>();
        for (FirewallRule r : sortedRules) {
            if (!r.disabled() && r.direction() == direction) {
                kept.add(r);
            }
        }
        this.rules = kept.toArray(new FirewallRule[0]);
        List<Integer> all = new ArrayList<>();
        Map<String, List<Integer>> tags = new HashMap<>();
        Map<String, List<Integer>> accounts = new HashMap<>();
        protocolMatch = new boolean[rules.length][FLOW_PROTOCOLS.length];
        for (int i = 0; i < rules.length; i++) {
            FirewallRule r = rules[i];
            if (r.targetsAllInstances()) {
                all.add(i);
            }
            for (String t : r.targetTags()) {
                tags.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            for (String a : r.targetServiceAccounts()) {
                accounts.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
            }
            for (int p = 0; p < FLOW_PROTOCOLS.length; p++) {
                protocolMatch[i][p] = anyProtocol(r.rules(), FLOW_PROTOCOLS[p]);
            }
        }
        this.allInstances = toArray(all);
        this.byTag = freeze(tags);
        this.byAccount = freeze(accounts);
    }

    private static boolean anyProtocol(List<ProtocolPorts> specs, Protocol p) {
        for (ProtocolPorts s : specs) {
            if (s.protocol() == Protocol.ALL || s.protocol() == p) {
                return true;
            }
        }
        return false;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, toArray(v)));
        return Map.copyOf(out);
    }

    public Direction direction() {
        return direction;
    }

    /** Enabled rules of the direction, in precedence order. */
    public List<FirewallRule> rules() {
        return List.of(rules);
    }

    /**
     * The rules that can apply to an instance with these tags and this service account, for one flow protocol
     * (TCP, UDP or ICMP), in precedence order.
     */
    public RuleList candidates(List<String> targetTags, Optional<String> targetServiceAccount, Protocol protocol) {
        int p = protocolIndex(protocol);
        BitSet picked = new BitSet(rules.length);
        add(picked, allInstances, p);
        for (String t : targetTags) {
            add(picked, byTag.get(t), p);
        }
        targetServiceAccount.ifPresent(a -> add(picked, byAccount.get(a), p));
        RuleScan scan = scans.computeIfAbsent(new Candidates(p, picked),
                k -> new RuleScan(rules, picked.stream().toArray(), protocol));
        return new RuleList(direction, rules, scan, protocol, targetTags, targetServiceAccount);
    }

    /** A candidate set (rule positions) for a flow protocol; the set is not changed once used as a key. */
    private record Candidates(int protocol, BitSet rules) {
    }

    private void add(BitSet into, int[] bucket, int protocol) {
        if (bucket == null) {
            return;
        }
        for (int i : bucket) {
            if (protocolMatch[i][protocol]) {
                into.set(i);
            }
        }
    }

    /** 0, 1, 2 for TCP, UDP, ICMP. */
    public static int protocolIndex(Protocol protocol) {
        return switch (protocol) {
            case TCP -> 0;
            case UDP -> 1;
            case ICMP -> 2;
            case ALL -> throw new IllegalArgumentException("a packet has one protocol");
        };
    }

    /** The flow protocols in {@link #protocolIndex} order. */
    public static Protocol flowProtocol(int index) {
        return FLOW_PROTOCOLS[index];
    }
}
