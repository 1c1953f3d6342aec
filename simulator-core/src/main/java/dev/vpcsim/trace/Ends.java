package dev.vpcsim.trace;

/**
 * How branches end, as bits of a {@code long}: one bit per final state and cause or target, so that the ends of
 * equal-cost branches can be compared and merged without allocating. Two branches "end the same" when they
 * have the same final state and the same drop cause, abort cause, deliver target or forward target.
 */
final class Ends {
    private static final int ABORT_BASE = 24;
    private static final int DELIVER_BASE = 32;
    private static final int FORWARD_BASE = 40;
    private static final DropCause[] DROPS = DropCause.values();
    private static final AbortCause[] ABORTS = AbortCause.values();
    private static final DeliverTarget[] DELIVERS = DeliverTarget.values();
    private static final ForwardTarget[] FORWARDS = ForwardTarget.values();

    private Ends() {
    }

    static long bit(Walk w) {
        return switch (w.finalState) {
            case DROP -> 1L << w.drop.ordinal();
            case ABORT -> 1L << (ABORT_BASE + w.abort.ordinal());
            case DELIVER -> 1L << (DELIVER_BASE + w.deliver.ordinal());
            case FORWARD -> 1L << (FORWARD_BASE + w.forward.ordinal());
            default -> throw new IllegalStateException("not final: " + w.finalState);
        };
    }

    static boolean several(long ends) {
        return Long.bitCount(ends) > 1;
    }

    /** Words for a set of ends: {@code DELIVER INSTANCE, DROP FIREWALL_RULE}. */
    static String describe(long ends) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < 64; b++) {
            if ((ends & (1L << b)) == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            if (b >= FORWARD_BASE) {
                sb.append("FORWARD ").append(FORWARDS[b - FORWARD_BASE]);
            } else if (b >= DELIVER_BASE) {
                sb.append("DELIVER ").append(DELIVERS[b - DELIVER_BASE]);
            } else if (b >= ABORT_BASE) {
                sb.append("ABORT ").append(ABORTS[b - ABORT_BASE]);
            } else {
                sb.append("DROP ").append(DROPS[b]);
            }
        }
        return sb.toString();
    }
}
