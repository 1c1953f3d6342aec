package dev.vpcsim.trace;

import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.RouteEntry;

import java.util.HashMap;
import java.util.Map;

/** The state of one trace call: the resolved flow, relaxations asked by explanations, assumptions used. */
final class Ctx {
    private static final Assumption[] ASSUMPTIONS = Assumption.values();

    static {
        if (ASSUMPTIONS.length > 16) {
            throw new IllegalStateException("the order of assumptions is kept in 4-bit fields of a long");
        }
    }

    final DesignIndex ix;
    final SourceView src;
    final long dst;
    final String dstText;
    final Protocol protocol;
    final int protocolIndex;
    final int port;
    /** {@link #portText()}, once asked for. */
    private String portText;
    final int relax;
    private long assumptions;
    /** The ordinals of the assumptions used, in order of first use, 4 bits each. */
    private long order;
    private int orderSize;
    /** Continuations already explored in a network at a depth (only while ECMP branches are explored). */
    Map<Integer, Walk> memo;
    /** True once the packet entered a VPC (through a connector or Direct VPC egress). */
    boolean entered;
    /** The last equal-cost choice (in exploration order) whose branches ended differently; null if none. */
    private NetView ecmpNet;
    private int[] ecmpRoutes;
    private long[] ecmpEnds;

    Ctx(DesignIndex ix, SourceView src, long dst, String dstText, Protocol protocol, int port, int relax) {
        this.ix = ix;
        this.src = src;
        this.dst = dst;
        this.dstText = dstText;
        this.protocol = protocol;
        this.protocolIndex = protocol == Protocol.TCP ? 0 : protocol == Protocol.UDP ? 1 : 2;
        this.port = port;
        this.relax = relax;
    }

    /** "tcp:5432", "udp:53" or "icmp". */
    String portText() {
        if (portText == null) {
            portText = protocol.hasPorts() ? protocol.id() + ":" + port : protocol.id();
        }
        return portText;
    }

    boolean relaxed(int bit) {
        return (relax & bit) != 0;
    }

    void assume(Assumption a) {
        long bit = 1L << a.ordinal();
        if ((assumptions & bit) == 0) {
            assumptions |= bit;
            order |= (long) a.ordinal() << (4 * orderSize++);
        }
    }

    java.util.List<String> assumptionLines() {
        if (orderSize == 0) {
            return java.util.List.of();
        }
        String[] out = new String[orderSize];
        for (int i = 0; i < orderSize; i++) {
            out[i] = ASSUMPTIONS[(int) (order >>> (4 * i)) & 15].line();
        }
        return java.util.List.of(out);
    }

    /** Notes an equal-cost choice whose branches ended differently (route positions and the ends of each). */
    void ecmpDiffers(NetView net, int[] routes, long[] ends) {
        ecmpNet = net;
        ecmpRoutes = routes;
        ecmpEnds = ends;
    }

    /** The last equal-cost choice whose branches ended differently, described; null if none. */
    String ecmpNote() {
        if (ecmpNet == null) {
            return null;
        }
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < ecmpRoutes.length; i++) {
            RouteEntry r = ecmpNet.routes.entry(ecmpRoutes[i]);
            note.append(note.length() == 0 ? "" : "; ").append("via ").append(r.id()).append(" (")
                    .append(r.nextHop().describe()).append("): ").append(Ends.describe(ecmpEnds[i]));
        }
        return ecmpRoutes.length + " equal-cost routes of network " + ecmpNet.name + " to " + dstText
                + " end differently: " + note;
    }

    Map<Integer, Walk> memo() {
        if (memo == null) {
            memo = new HashMap<>();
        }
        return memo;
    }
}
