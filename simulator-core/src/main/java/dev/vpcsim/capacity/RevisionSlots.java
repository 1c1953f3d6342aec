package dev.vpcsim.capacity;

/**
 * The instance slots one revision holds: its running instances plus those that went away less than the
 * retention window ago. ASSUMPTION (docs/capacity.md): a revision that scales up again reuses the addresses it
 * still retains before taking new ones, most recently released first; so with exact retention the slots held
 * at step m are the maximum running count over steps m - w .. m, w = ceil(20 min / step) (a level released at
 * step k stays held while t_m < t_k + 20 min). Kept as a monotone deque of (step, count) in ring arrays:
 * O(1) amortised per step, no allocation.
 */
final class RevisionSlots {
    private final int window;
    private final int[] steps;
    private final int[] counts;
    private int head;
    private int size;

    RevisionSlots(int windowSteps) {
        if (windowSteps < 0) {
            throw new IllegalArgumentException("window must be >= 0");
        }
        this.window = windowSteps;
        this.steps = new int[windowSteps + 2];
        this.counts = new int[windowSteps + 2];
    }

    /** Forgets counts older than step - window; returns the max of the remaining ones (steps before {@code step}). */
    int heldBefore(int step) {
        int oldest = step - window;
        while (size > 0 && steps[head] < oldest) {
            head = head + 1 == steps.length ? 0 : head + 1;
            size--;
        }
        return size == 0 ? 0 : counts[head];
    }

    /** Records the running count of {@code step} (steps must increase). */
    void push(int step, int running) {
        if (size > 0) {
            int back = index(size - 1);
            int last = counts[back];
            if (last == running) {
                steps[back] = step;         // the usual case: no change, the newer step replaces the older
                return;
            }
            if (last < running) {
                size--;
                while (size > 0 && counts[index(size - 1)] <= running) {
                    size--;
                }
            }
        }
        int at = index(size);
        steps[at] = step;
        counts[at] = running;
        size++;
    }

    /** Slots held now: the max over the window including the last pushed count. */
    int held() {
        return size == 0 ? 0 : counts[head];
    }

    private int index(int offset) {
        int i = head + offset;
        return i >= steps.length ? i - steps.length : i;
    }
}
