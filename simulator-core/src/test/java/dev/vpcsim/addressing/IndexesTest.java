package dev.vpcsim.addressing;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Ipv4;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link LongIndex} (hashing) and {@link RangeSet} (branch-free search) against plain maps and scans. */
class IndexesTest {

    @Test
    void longIndexKeepsTheFirstValueOfEachKey() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(round < 10 ? 3 : 3_000);
            Map<Long, Integer> expected = new HashMap<>();
            LongIndex.Builder b = new LongIndex.Builder();
            List<Long> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long key = switch (r.nextInt(4)) {
                    case 0 -> r.nextLong(64);
                    case 1 -> (long) r.nextInt(100) << 32 | r.nextLong(1L << 32);
                    case 2 -> keys.isEmpty() ? -7 : keys.get(r.nextInt(keys.size()));
                    default -> r.nextLong();
                };
                int value = r.nextInt(1_000_000);
                keys.add(key);
                expected.putIfAbsent(key, value);
                b.put(key, value);
            }
            LongIndex index = b.build();
            assertEquals(expected.size(), index.size());
            for (Map.Entry<Long, Integer> e : expected.entrySet()) {
                assertEquals(e.getValue(), index.get(e.getKey()), "round " + round + " key " + e.getKey());
            }
            for (int i = 0; i < 500; i++) {
                long absent = r.nextLong();
                if (!expected.containsKey(absent)) {
                    assertEquals(-1, index.get(absent));
                }
            }
        }
        assertEquals(-1, LongIndex.empty().get(0));
        assertEquals(-1, new LongIndex.Builder().build().get(42));
        assertThrows(IllegalArgumentException.class, () -> new LongIndex.Builder().put(1, -1));
    }

    @Test
    void rangeSetAnswersAsAScanOfItsRanges() {
        SplittableRandom r = new SplittableRandom(5);
        for (int round = 0; round < 300; round++) {
            List<Cidr> ranges = new ArrayList<>();
            for (int i = r.nextInt(40); i > 0; i--) {
                int len = r.nextInt(33);
                long base = r.nextLong(1L << 32) & (len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL);
                ranges.add(Cidr.of(Ipv4.format(base) + "/" + len));
            }
            RangeSet set = RangeSet.of(ranges);
            List<Long> probes = new ArrayList<>(List.of(-1L, 0L, 0xFFFF_FFFFL, 1L << 32));
            for (Cidr c : ranges) {
                probes.addAll(List.of(c.first() - 1, c.first(), c.last(), c.last() + 1));
            }
            for (int i = 0; i < 200; i++) {
                probes.add(r.nextLong(1L << 32));
            }
            for (long ip : probes) {
                boolean expected = ranges.stream().anyMatch(c -> c.contains(ip));
                assertEquals(expected, set.contains(ip), "round " + round + " address " + ip + " in " + ranges);
            }
        }
    }
}
