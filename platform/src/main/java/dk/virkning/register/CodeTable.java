package dk.virkning.register;

import dk.virkning.spi.WeeklyStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps a municipality's register codes, read straight from a line's characters, to status codes of
 * {@link StatusMatrix}: an open-addressing table, so that a cell costs no allocation. Canonical names
 * are accepted as they are; the municipality's mapping comes on top; an empty code means no benefit
 * (self-supporting), as in the register. {@code UNKNOWN} (or a code mapped to it, "no data") marks a
 * week as not known for the person: the import leaves that week without data.
 */
final class CodeTable {

    /** Returned for a code that is not in the table (not to be confused with the status UNKNOWN). */
    static final byte UNKNOWN_CODE = 0;

    private final char[][] keys;
    private final byte[] values;
    private final int mask;

    private CodeTable(Map<String, Byte> entries) {
        int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 4) - 1) << 1;
        keys = new char[capacity][];
        values = new byte[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            char[] k = key.toCharArray();
            int slot = hash(k, 0, k.length) & mask;
            while (keys[slot] != null && !equal(keys[slot], k, 0, k.length)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = value;
        });
    }

    /** The table for a municipality's mapping of source codes. */
    static CodeTable of(Map<String, WeeklyStatus> mapping) {
        Map<String, Byte> entries = new LinkedHashMap<>();
        for (WeeklyStatus status : WeeklyStatus.values()) {
            entries.put(status.name(), StatusMatrix.code(status));
        }
        mapping.forEach((code, status) -> {
            String key = code.trim();
            if (!key.isEmpty()) {
                entries.put(key, StatusMatrix.code(status));
            }
        });
        return new CodeTable(entries);
    }

    /** The status code of {@code chars[from..to)} (already trimmed), or {@link #UNKNOWN_CODE}. */
    byte lookup(char[] chars, int from, int to) {
        if (from == to) {
            return StatusMatrix.code(WeeklyStatus.SELF_SUPPORTING);
        }
        int slot = hash(chars, from, to) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (equal(key, chars, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN_CODE;
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }

    private static boolean equal(char[] key, char[] chars, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
