package dk.virkning.register;

import java.io.OutputStream;
import java.util.List;

/**
 * Parses COPY text rows {@code ordinal TAB k TAB code NEWLINE} (non-negative integers) as they stream
 * in, straight into the participants' timelines ({@link WeeklyStatusStream}).
 */
final class StatusRows extends OutputStream {

    private final List<byte[]> timelines;
    private final long[] fields = new long[3];
    private int field;
    private boolean nullField;

    StatusRows(List<byte[]> timelines) {
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
        if (b >= '0' && b <= '9') {
            fields[field] = fields[field] * 10 + (b - '0');
        } else if (b == '\\' || b == 'N') {
            nullField = true;
        } else if (b == '\t') {
            field++;
            if (field > 2) {
                throw new IllegalStateException("unexpected weekly status row");
            }
        } else if (b == '\n') {
            row();
        } else {
            throw new IllegalStateException("unexpected byte in a weekly status row: " + b);
        }
    }

    private void row() {
        if (nullField || field != 2) {
            throw new IllegalStateException("weekly_status holds a status that is not canonical");
        }
        byte[] timeline = timelines.get((int) fields[0]);
        long k = fields[1];
        if (timeline != null && k < timeline.length) {
            timeline[(int) k] = (byte) fields[2];
        }
        fields[0] = 0;
        fields[1] = 0;
        fields[2] = 0;
        field = 0;
    }

    void finish() {
        if (field != 0 || fields[0] != 0) {
            throw new IllegalStateException("the weekly status stream ended inside a row");
        }
    }
}
