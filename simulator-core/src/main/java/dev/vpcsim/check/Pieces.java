package dev.vpcsim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Elementary intervals of a line (addresses 0..2^32-1, or ports 0..65535) cut at every boundary of a set of
 * intervals: each piece lies wholly inside or wholly outside every one of them, so one representative point
 * decides membership for the whole piece.
 */
final class Pieces {

    /**
     * One piece.
     *
     * @param from first value
     * @param to   last value (inclusive)
     */
    record Piece(long from, long to) {
    }

    private final TreeSet<Long> cuts = new TreeSet<>();
    private final long min;
    private final long max;

    Pieces(long min, long max) {
        this.min = min;
        this.max = max;
        cuts.add(min);
    }

    /** Adds the boundaries of {@code [from, to]}. */
    void cut(long from, long to) {
        if (from > min) {
            cuts.add(from);
        }
        if (to < max) {
            cuts.add(to + 1);
        }
    }

    /** Every piece, ascending. */
    List<Piece> all() {
        List<Piece> out = new ArrayList<>();
        Long[] points = cuts.toArray(new Long[0]);
        for (int i = 0; i < points.length; i++) {
            long end = i + 1 < points.length ? points[i + 1] - 1 : max;
            out.add(new Piece(points[i], end));
        }
        return out;
    }
}
