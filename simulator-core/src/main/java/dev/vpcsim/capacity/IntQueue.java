package dev.vpcsim.capacity;

/** A FIFO of (int key, int count) pairs in growable ring arrays; grows only when full (rare events). */
final class IntQueue {
    private int[] keys = new int[8];
    private int[] counts = new int[8];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int headKey() {
        return keys[head];
    }

    int headCount() {
        return counts[head];
    }

    void pop() {
        head = head + 1 == keys.length ? 0 : head + 1;
        size--;
    }

    void add(int key, int count) {
        if (size == keys.length) {
            grow();
        }
        int at = (head + size) % keys.length;
        keys[at] = key;
        counts[at] = count;
        size++;
    }

    private void grow() {
        int[] k = new int[keys.length * 2];
        int[] c = new int[keys.length * 2];
        for (int i = 0; i < size; i++) {
            k[i] = keys[(head + i) % keys.length];
            c[i] = counts[(head + i) % keys.length];
        }
        keys = k;
        counts = c;
        head = 0;
    }
}
