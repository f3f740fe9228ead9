package id.inovasi.stats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer of UTF-8 text for one thread: characters go straight into a byte buffer (ASCII as is,
 * the rest encoded), with no lock and no copy of the text first. The workbook exports write their
 * sheets' XML through it (some twenty small writes a cell, each of which the JDK's buffered writer
 * locks and copies twice), and the pages their builders ({@link #append(CharSequence)} reads a
 * builder in place, where the JDK's writers copy it to a string and then to a char array).
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buffer;
    private final char[] chunk;
    private int used;
    /** A high surrogate written last, waiting for its low half. */
    private char pendingHigh;

    /** Writes to {@code out} in chunks of {@code bufferSize} bytes; closing the writer closes it. */
    Utf8Writer(OutputStream out, int bufferSize) {
        this(out, new byte[bufferSize], new char[2048]);
    }

    /** Writes to {@code out} through buffers the caller reuses from one writer to the next ({@link PageBuffers}). */
    Utf8Writer(OutputStream out, byte[] buffer, char[] chunk) {
        this.out = out;
        this.buffer = buffer;
        this.chunk = chunk;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        append(text, off, off + len);
    }

    @Override
    public Utf8Writer append(CharSequence text) throws IOException {
        return append(text, 0, text.length());
    }

    @Override
    public Utf8Writer append(CharSequence text, int start, int end) throws IOException {
        // a string or a builder is copied in chunks to an array and encoded from there (a page's
        // builder holds some 10-50 KB; reading it a character at a time costs twice as much)
        for (int from = start; from < end; ) {
            int to = Math.min(end, from + chunk.length);
            if (text instanceof String string) {
                string.getChars(from, to, chunk, 0);
            } else if (text instanceof StringBuilder builder) {
                builder.getChars(from, to, chunk, 0);
            } else {
                for (int i = from; i < to; i++) {
                    chunk[i - from] = text.charAt(i);
                }
            }
            write(chunk, 0, to - from);
            from = to;
        }
        return this;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                if (used == buffer.length) {
                    drain();
                }
                buffer[used++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    private void put(char c) throws IOException {
        if (used > buffer.length - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                buffer[used++] = (byte) (0xF0 | (code >> 18));
                buffer[used++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (code & 0x3F));
                return;
            }
            buffer[used++] = '?';   // a lone high surrogate, as the JDK's encoder replaces it
            put(c);
            return;
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | (c >> 12));
            buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
