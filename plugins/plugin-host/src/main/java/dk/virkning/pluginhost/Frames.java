package dk.virkning.pluginhost;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Length-prefixed frames on a byte stream: a 4-byte big-endian length, then that many bytes. Both
 * sides refuse a frame longer than they are willing to hold, so that a flood cannot exhaust memory.
 */
public final class Frames {

    private Frames() {}

    /** A frame's declared length exceeds what the reader accepts. */
    public static final class FrameTooLargeException extends IOException {
        FrameTooLargeException(long length, long limit) {
            super("a frame of " + length + " bytes exceeds the limit of " + limit + " bytes");
        }
    }

    /**
     * Reads one frame.
     *
     * @return the frame's bytes, or {@code null} at a clean end of stream before a frame starts
     * @throws FrameTooLargeException when the frame is longer than {@code maxBytes}
     * @throws EOFException when the stream ends inside a frame
     */
    public static byte[] read(InputStream in, int maxBytes) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        DataInputStream data = new DataInputStream(in);
        int rest = data.readUnsignedByte() << 16 | data.readUnsignedByte() << 8 | data.readUnsignedByte();
        long length = ((long) b0 << 24) | rest;
        if (length > maxBytes) {
            throw new FrameTooLargeException(length, maxBytes);
        }
        byte[] frame = new byte[(int) length];
        data.readFully(frame);
        return frame;
    }

    /** Writes one frame and flushes. */
    public static void write(OutputStream out, byte[] frame) throws IOException {
        int n = frame.length;
        out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.write(frame);
        out.flush();
    }
}
