package dk.virkning.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line into one reused character buffer, so that memory does not grow
 * with the file and a line costs no allocation. Each line is checked to be UTF-8 on its own, so an
 * encoding error is reported with its line number (an {@code InputStreamReader} reads ahead and
 * loses it). ASCII lines, the common case, skip the decoder.
 */
final class LineReader {

    /** Longer lines are refused, which bounds the memory a line can take. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private boolean eof;

    private byte[] lineBytes = new byte[4096];
    private int lineByteCount;
    private boolean tooLong;

    private char[] chars = new char[4096];
    private int length;
    private long lineNumber;
    private String error;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The characters of the current line (valid up to {@link #length()}). */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The current line's number, from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** Why the current line could not be read, or {@code null} when it was. */
    String error() {
        return error;
    }

    /** Reads the next line; {@code false} at the end of the stream. */
    boolean next() throws IOException {
        lineByteCount = 0;
        tooLong = false;
        error = null;
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            int newline = -1;
            for (int i = start; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            append(start, end);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        decode();
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private void append(int start, int end) {
        int n = end - start;
        if (tooLong || n == 0) {
            return;
        }
        if (lineByteCount + n > MAX_LINE_BYTES) {
            tooLong = true;
            return;
        }
        if (lineByteCount + n > lineBytes.length) {
            byte[] bigger = new byte[Math.min(MAX_LINE_BYTES, Math.max(lineBytes.length * 2, lineByteCount + n))];
            System.arraycopy(lineBytes, 0, bigger, 0, lineByteCount);
            lineBytes = bigger;
        }
        System.arraycopy(buffer, start, lineBytes, lineByteCount, n);
        lineByteCount += n;
    }

    private void decode() {
        if (tooLong) {
            error = "the line is longer than " + MAX_LINE_BYTES + " bytes";
            return;
        }
        int from = 0;
        int n = lineByteCount;
        if (n > 0 && lineBytes[n - 1] == '\r') {
            n--;
        }
        if (lineNumber == 1
                && n >= 3
                && lineBytes[0] == (byte) 0xEF
                && lineBytes[1] == (byte) 0xBB
                && lineBytes[2] == (byte) 0xBF) {
            from = 3;
        }
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        boolean ascii = true;
        for (int i = from; i < n; i++) {
            byte b = lineBytes[i];
            if (b < 0) {
                ascii = false;
                break;
            }
            chars[i - from] = (char) b;
        }
        if (ascii) {
            length = n - from;
            return;
        }
        decoder.reset();
        CharBuffer out = CharBuffer.wrap(chars);
        if (decoder.decode(ByteBuffer.wrap(lineBytes, from, n - from), out, true)
                        .isError()
                || decoder.flush(out).isError()) {
            error = "the line is not valid UTF-8";
            length = 0;
            return;
        }
        length = out.position();
    }
}
