package dk.virkning.idempotency;

import dk.virkning.shared.Sha256;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The request with a SHA-256 over its method, path, query, content type and body, computed as the
 * application reads the body: an upload streams through unbuffered and is still fingerprinted.
 */
final class DigestingRequest extends HttpServletRequestWrapper {

    private final MessageDigest digest = Sha256.digest();
    private ServletInputStream stream;

    DigestingRequest(HttpServletRequest request) {
        super(request);
        String head = request.getMethod() + "\n" + request.getRequestURI() + "\n"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                + (request.getContentType() == null ? "" : request.getContentType()) + "\n";
        digest.update(head.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            ServletInputStream in = super.getInputStream();
            stream = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        digest.update((byte) b);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0) {
                        digest.update(buffer, off, n);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
        return stream;
    }

    /** Reads what the application left unread, then gives the fingerprint of the whole request. */
    String sha256() throws IOException {
        ServletInputStream in = getInputStream();
        byte[] buffer = new byte[8192];
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // read to the end: the digest sees every byte
        }
        return Sha256.hex(digest);
    }
}
