package dev.vpcsim.check;

import dev.vpcsim.capacity.report.SubnetReport;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Durations;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code direct-vpc-ip-headroom} [DVPC] (semantics.md section 7), at most one finding per subnet, for two facts:
 * <ul>
 * <li>the rollout at max instances (always): during a rollout both revisions hold 2 addresses per instance, so a
 * workload needs 2 x 2 x maxInstances addresses; the needs of every Direct VPC workload on the subnet are summed,
 * then reserved in blocks of 16. A total above the subnet's usable addresses (size - 4) warns, with the smallest
 * prefix that would hold it. ASSUMPTION: jobs are counted with the same formula (their retained task addresses
 * make a similar double count).</li>
 * <li>the simulated traffic (only when the scenario has {@code traffic}): the capacity simulator's noise-free
 * run turns instances or job tasks away for want of addresses (failedInstanceStarts > 0). The message names when
 * the subnet first ran dry, the failed starts, how long it stayed exhausted and the peak reservation the run asked
 * for; the fix the simulator's recommended prefix.</li>
 * </ul>
 * When both hold for a subnet, one finding carries both facts and the fix offers the prefix holding both.
 */
public final class DirectVpcHeadroomCheck implements CapacityCheck {
    public static final String ID = "direct-vpc-ip-headroom";
    static final int ADDRESSES_PER_INSTANCE = 2;
    static final int REVISIONS = 2;
    static final int BLOCK = 16;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design, CapacityFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Network n : design.networks()) {
            for (Subnet s : n.subnets()) {
                List<Workload> users = Usage.directVpcWorkloadsOn(design, n.name(), s);
                if (users.isEmpty()) {
                    continue;
                }
                Optional<String> rollout = rolloutAtMax(s, users);
                Optional<SubnetReport> simulated = facts.subnet(n.name(), s.name())
                        .filter(r -> r.failedInstanceStarts() > 0);
                if (rollout.isEmpty() && simulated.isEmpty()) {
                    continue;
                }
                List<String> message = new ArrayList<>();
                rollout.ifPresent(message::add);
                simulated.ifPresent(r -> message.add(simulatedText(s, r, facts.firstFailure(n.name(), s.name()),
                        rollout.isPresent())));
                out.add(new Finding(ID, Severity.WARNING, Resources.subnet(n.name(), s.name()),
                        String.join(" ", message), fix(s, users, simulated)));
            }
        }
        return out;
    }

    /** The rollout-at-max sentence, when the sum of 2 x 2 x maxInstances, in blocks of 16, exceeds usable. */
    private static Optional<String> rolloutAtMax(Subnet s, List<Workload> users) {
        long held = rolloutAtMaxHeld(users);
        long reserved = reserved(held);
        long usable = s.usableAddresses();
        if (reserved <= usable) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Workload w : users) {
            parts.add(w.name() + " 2 x 2 x " + w.scaling().maxInstances() + " = " + need(w));
        }
        return Optional.of("a rollout at max instances needs " + reserved + " addresses on subnet " + s.name() + " ("
                + s.range() + ", " + usable + " usable): " + String.join(", ", parts) + ", total " + held
                + ", reserved in blocks of 16 = " + reserved + ". New instances then fail to start (insufficient free"
                + " IP addresses in the subnetwork).");
    }

    private static String simulatedText(Subnet s, SubnetReport r, Optional<CapacityFacts.DryWindow> dry,
                                         boolean afterRollout) {
        String when = dry.map(DirectVpcHeadroomCheck::when).orElse("");
        String head = afterRollout ? "The simulated traffic (without noise) runs it dry"
                : "the simulated traffic (without noise) runs subnet " + s.name() + " (" + s.range() + ", "
                + s.usableAddresses() + " usable) out of addresses";
        return head + when + ": " + Texts.count(r.failedInstanceStarts(), "instance or task start")
                + (r.failedInstanceStarts() == 1 ? " fails" : " fail")
                + (afterRollout ? "" : " (insufficient free IP addresses in the subnetwork)") + " and the subnet stays exhausted for "
                + r.exhaustedSeconds() + " s; the run asked for " + r.peakRequestedReservedIps()
                + " reserved addresses at its peak, " + r.peakReservedIps() + " were reserved.";
    }

    /**
     * {@code , first at 600 s (10m)}, or a window when the time series is coarser than the step (one point per
     * bucket of steps, as {@code simulate} records it).
     */
    private static String when(CapacityFacts.DryWindow w) {
        if (w.exact()) {
            return ", first at " + seconds(w.fromSeconds());
        }
        return ", first between " + seconds(w.fromSeconds()) + " and " + seconds(w.toSeconds());
    }

    /** {@code 600 s (10m)}; {@code 601 s}. */
    private static String seconds(long s) {
        String human = Durations.format(s);
        return s + " s" + (human.equals(s + "s") ? "" : " (" + human + ")");
    }

    private static String fix(Subnet s, List<Workload> users, Optional<SubnetReport> simulated) {
        long usable = s.usableAddresses();
        long rolloutReserved = reserved(rolloutAtMaxHeld(users));
        boolean rollout = rolloutReserved > usable;
        String lower = "lower maxInstances so that 4 x the sum of maxInstances, rounded up to 16, stays within "
                + usable + ".";
        if (simulated.isEmpty()) {
            int prefix = smallestPrefixHolding(rolloutReserved);
            return "expand the subnet to a /" + prefix + " (" + usable(prefix) + " usable addresses), or " + lower;
        }
        SubnetReport r = simulated.get();
        if (!rollout) {
            int prefix = r.recommendedPrefixLength();
            return "expand the subnet to a /" + prefix + " (" + usable(prefix) + " usable addresses) to hold the "
                    + r.peakRequestedReservedIps() + " addresses the run asked for, or space out rollouts and scale-ups"
                    + " (replaced instances keep their addresses 20 minutes) and lower maxInstances.";
        }
        int prefix = Math.min(r.recommendedPrefixLength(), smallestPrefixHolding(rolloutReserved));
        return "expand the subnet to a /" + prefix + " (" + usable(prefix) + " usable addresses): it holds both the "
                + r.peakRequestedReservedIps() + " addresses the run asked for and the " + rolloutReserved
                + " of a rollout at max instances; or " + lower;
    }

    private static long need(Workload w) {
        return (long) ADDRESSES_PER_INSTANCE * REVISIONS * w.scaling().maxInstances();
    }

    private static long rolloutAtMaxHeld(List<Workload> users) {
        return users.stream().mapToLong(DirectVpcHeadroomCheck::need).sum();
    }

    /** Held addresses rounded up to whole blocks of 16. */
    static long reserved(long held) {
        return (held + BLOCK - 1) / BLOCK * BLOCK;
    }

    /** The longest prefix (never longer than /26) whose usable addresses hold the count; 8 at most. */
    static int smallestPrefixHolding(long addresses) {
        for (int p = DirectVpcSubnetSizeCheck.LONGEST_PREFIX; p >= 8; p--) {
            if (usable(p) >= addresses) {
                return p;
            }
        }
        return 8;
    }

    static long usable(int prefix) {
        return (1L << (32 - prefix)) - 4;
    }
}
