package dev.vpcsim.scenario;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
final class Suggest {
    private Suggest() {
    }

    /**
     * The candidate closest to {@code word} when it is close enough: equal ignoring case, or at most 2 edits away
     * and fewer edits than half the word's length. Ties go to the first candidate.
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > 100) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = c.equalsIgnoreCase(word) ? 0 : distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > 2 || bestDistance * 2 >= Math.max(word.length(), 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
