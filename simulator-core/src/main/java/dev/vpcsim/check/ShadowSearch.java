package dev.vpcsim.check;

import dev.vpcsim.model.FirewallRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The shadowed-rule analysis of the user rules of one network and one direction, with the same answers as
 * {@link ShadowAnalysis#coveringRules} given every rule that outranks the rule, but fast on large rule sets:
 * <ol>
 *   <li>a few points of the rule's space ({@link ShadowSample}) are looked up in a {@link ShadowIndex}: when no
 *       outranking rule covers one of them, its cell is uncovered and the rule is not shadowed (most rules stop
 *       here, after touching only the rules of the point's port buckets);</li>
 *   <li>the cell count the full analysis would have is counted ({@link ShadowCells}); above the cap the full
 *       analysis gives up, and so does this;</li>
 *   <li>the analysis runs on the outranking rules that cover at least one cell of the rule's space
 *       ({@link ShadowSpace#mayCover}); the others cover nothing, and leaving out their cuts only merges cells
 *       that every remaining rule covers wholly or not at all, so the covering rules found are the same. Rules
 *       after one that covers the whole space are left out too: they are never the first to cover a cell.</li>
 * </ol>
 */
final class ShadowSearch {
    private static final int MAX_SAMPLES = 16;

    private final List<FirewallRule> rules;
    private final int[] groupStart;
    private final ShadowIndex index;
    private ShadowCells cells;

    /** @param rules the enabled user rules of one network and direction, in precedence order */
    ShadowSearch(List<FirewallRule> rules) {
        this.rules = List.copyOf(rules);
        this.groupStart = new int[rules.size()];
        for (int i = 1; i < rules.size(); i++) {
            FirewallRule a = rules.get(i - 1);
            FirewallRule b = rules.get(i);
            boolean same = a.priority() == b.priority() && a.action() == b.action();
            groupStart[i] = same ? groupStart[i - 1] : i;
        }
        this.index = new ShadowIndex(this.rules);
    }

    /**
     * The rules that together match every packet rule {@code i} matches, as {@link ShadowAnalysis#coveringRules}
     * finds them among all the rules that outrank it (those with an index below its precedence group's start).
     * Call with increasing {@code i}.
     */
    Optional<List<FirewallRule>> coveringRules(int i) {
        FirewallRule r = rules.get(i);
        int limit = groupStart[i];
        if (limit == 0) {
            return Optional.empty();
        }
        List<ShadowSample> samples = new ArrayList<>(ShadowSample.of(r, MAX_SAMPLES));
        samples.sort(Comparator.comparingInt(s -> index.cost(s, limit)));
        for (ShadowSample s : samples) {
            if (s.coveredBy(r) && !index.covered(s, limit)) {
                return Optional.empty();
            }
        }
        if (cells == null) {
            cells = new ShadowCells(rules);
        }
        long count = cells.cells(i, limit);
        if (count == 0 || count > ShadowAnalysis.MAX_CELLS) {
            return Optional.empty();
        }
        List<FirewallRule> higher = new ArrayList<>();
        for (int k : index.portCandidates(r, cutoff(r, samples, limit))) {
            FirewallRule h = rules.get(k);
            if (ShadowSpace.mayCover(h, r)) {
                higher.add(h);
            }
        }
        return ShadowAnalysis.coveringRules(r, higher);
    }

    /**
     * Where the rules that can matter end: after the first rule that covers the whole space of {@code r}, when
     * the first rule covering a sample does, since no later rule is the first to cover any cell.
     */
    private int cutoff(FirewallRule r, List<ShadowSample> samples, int limit) {
        if (samples.isEmpty()) {
            return limit;
        }
        int first = index.firstCovering(samples.get(0), limit);
        return first >= 0 && ShadowSpace.contains(rules.get(first), r) ? first + 1 : limit;
    }
}
