package cn.govdisclosure.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a body through until more than {@code limit} bytes have come, then refuses it with {@link BodyTooLarge}.
 * A failure of the underlying read (a client's broken chunk framing, a dropped connection) becomes
 * {@link UnreadableBody}: the client's error, not the service's. Once refused, closing does not drain the rest of
 * the body (the HTTP layer's stream would read it to its end); the answer closes the connection instead.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean refused;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = guarded(() -> super.read());
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = guarded(() -> super.read(buffer, offset, length));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = guarded(() -> (int) Math.min(Integer.MAX_VALUE, super.skip(n)));
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        if (!refused) {
            guarded(() -> {
                super.close();
                return 0;
            });
        }
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            refused = true;
            throw new BodyTooLarge(limit);
        }
    }

    private int guarded(Read read) {
        try {
            return read.run();
        } catch (IOException e) {
            refused = true;
            throw new UnreadableBody(e);
        }
    }

    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }
}
