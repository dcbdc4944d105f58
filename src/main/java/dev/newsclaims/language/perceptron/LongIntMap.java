package dev.newsclaims.language.perceptron;

import java.util.Arrays;

/** A small open-addressing map from long keys to int values, for per-text memories; not thread-safe. */
public final class LongIntMap {

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    public int get(long key, int missing) {
        int mask = keys.length - 1;
        for (int slot = (int) (key ^ (key >>> 29)) & mask; used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return missing;
    }

    public void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 29)) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldUsed[k]) {
                put(oldKeys[k], oldValues[k]);
            }
        }
    }

    public void clear() {
        Arrays.fill(used, false);
        size = 0;
    }
}
