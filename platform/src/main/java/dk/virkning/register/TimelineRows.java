package dk.virkning.register;

import java.io.OutputStream;
import java.util.List;

/**
 * Parses COPY text rows {@code ordinal TAB offset TAB \\xHEX NEWLINE} of {@code status_timeline} as
 * they stream in ({@link WeeklyStatusStream}): byte {@code k} of the codes is the week {@code offset +
 * k} after the participant's start, the status ordinal + 1, 0 for no data; it goes into the
 * participant's timeline where that week is inside it.
 */
final class TimelineRows extends OutputStream {

    private final List<byte[]> timelines;
    private int field;
    private long ordinal;
    private long offset;
    private boolean negative;
    private int prefix;
    private int nibble = -1;
    private long k;
    private byte[] timeline;

    TimelineRows(List<byte[]> timelines) {
        this.timelines = timelines;
    }

    @Override
    public void write(int b) {
        accept((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            accept(b[i]);
        }
    }

    private void accept(byte b) {
        if (b == '\n') {
            row();
        } else if (b == '\t') {
            if (++field > 2) {
                throw unexpected();
            }
            if (field == 2) {
                timeline = timelines.get((int) ordinal);
            }
        } else if (field == 0 && b >= '0' && b <= '9') {
            ordinal = ordinal * 10 + (b - '0');
        } else if (field == 1 && b == '-' && offset == 0 && !negative) {
            negative = true;
        } else if (field == 1 && b >= '0' && b <= '9') {
            offset = offset * 10 + (b - '0');
        } else if (field == 2 && prefix < 3) {
            // bytea hex output, its backslash escaped by COPY: \\x
            if (b != (prefix < 2 ? '\\' : 'x')) {
                throw unexpected();
            }
            prefix++;
        } else if (field == 2) {
            int value = hex(b);
            if (nibble < 0) {
                nibble = value;
            } else {
                put((byte) (nibble << 4 | value));
                nibble = -1;
            }
        } else {
            throw unexpected();
        }
    }

    private void put(byte code) {
        long week = (negative ? -offset : offset) + k++;
        if (code != 0 && timeline != null && week >= 0 && week < timeline.length) {
            timeline[(int) week] = (byte) (code - 1);
        }
    }

    private void row() {
        if (field != 2 || prefix != 3 || nibble >= 0) {
            throw unexpected();
        }
        field = 0;
        ordinal = 0;
        offset = 0;
        negative = false;
        prefix = 0;
        k = 0;
        timeline = null;
    }

    void finish() {
        if (field != 0 || ordinal != 0) {
            throw new IllegalStateException("the status timeline stream ended inside a row");
        }
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        throw unexpected();
    }

    private static IllegalStateException unexpected() {
        return new IllegalStateException("unexpected byte in a status timeline row");
    }
}
