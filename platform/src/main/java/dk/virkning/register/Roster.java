package dk.virkning.register;

import dk.virkning.spi.IsoWeek;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The program's participants for one import, matched by the keyed pseudonym of a CPR number. A CPR
 * number is pseudonymised once per import: later rows of the same person hit a primitive cache keyed
 * by the number's digits. Only participants are cached, so memory is bounded by the program's size.
 */
final class Roster implements PersonLookup {

    /** A participant as the import needs it. */
    record Member(UUID id, String pseudonym, IsoWeek startWeek) {}

    private final List<Member> members;
    private final Map<String, Integer> byPseudonym = new HashMap<>();
    private final Function<String, String> pseudonymise;
    private final long[] cacheKeys;
    private final int[] cacheValues;
    private final int cacheMask;

    /**
     * @param members the participants
     * @param pseudonymise a ten-digit CPR number to its pseudonym's hex value
     */
    Roster(List<Member> members, Function<String, String> pseudonymise) {
        this.members = List.copyOf(members);
        this.pseudonymise = pseudonymise;
        for (int i = 0; i < members.size(); i++) {
            byPseudonym.put(members.get(i).pseudonym(), i);
        }
        int capacity = Integer.highestOneBit(Math.max(16, members.size() * 2) - 1) << 2;
        cacheKeys = new long[capacity];
        Arrays.fill(cacheKeys, -1L);
        cacheValues = new int[capacity];
        cacheMask = capacity - 1;
    }

    Member member(int index) {
        return members.get(index);
    }

    @Override
    public int persons() {
        return members.size();
    }

    /** The participant's id as COPY text, 36 ASCII bytes. */
    byte[] idText(int index) {
        return members.get(index).id().toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Participants' indexes in the order of their ids, which is the weekly_status key's order. */
    int[] inIdOrder() {
        Integer[] order = new Integer[members.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> members.get(a)
                .id()
                .toString()
                .compareTo(members.get(b).id().toString()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int find(char[] c, int from, int to) {
        long digits = cprDigits(c, from, to);
        if (digits < 0) {
            return NOT_A_CPR;
        }
        int slot = (int) mix(digits) & cacheMask;
        while (cacheKeys[slot] != -1L) {
            if (cacheKeys[slot] == digits) {
                return cacheValues[slot];
            }
            slot = (slot + 1) & cacheMask;
        }
        Integer index = byPseudonym.get(pseudonymise.apply(String.format("%010d", digits)));
        if (index == null) {
            return NOT_A_PARTICIPANT;
        }
        cacheKeys[slot] = digits;
        cacheValues[slot] = index;
        return index;
    }

    /** Ten digits, optionally with a hyphen after the sixth, as a number; -1 when it is not that. */
    static long cprDigits(char[] c, int from, int to) {
        int n = to - from;
        if (n != 10 && n != 11) {
            return -1;
        }
        long value = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch == '-' && n == 11 && count == 6) {
                continue;
            }
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
            count++;
        }
        return count == 10 ? value : -1;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
