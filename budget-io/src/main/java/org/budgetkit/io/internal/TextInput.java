package org.budgetkit.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.budgetkit.io.BudgetFormatException;
import org.budgetkit.io.ReadOptions;

/**
 * Turns bytes into text strictly: the charset is declared or detected (UTF-8 with or without
 * byte order mark; GB18030 if the start of the input is not UTF-8 but is GB18030), a byte
 * sequence the charset does not allow is an error naming its line and column, and input beyond
 * {@link ReadOptions#maxBytes()} is refused. A leading byte order mark is skipped.
 */
public final class TextInput {
    /** How much of the input detection looks at. */
    static final int SAMPLE = 1 << 20;
    /** GB18030, a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextInput() {
    }

    /**
     * Opens a byte stream as text.
     *
     * @param in the bytes, not null; closed when the reader is closed
     * @param source the source name for messages, not null
     * @param options the charset and byte limit, not null
     * @return the text, never null
     * @throws BudgetFormatException if the charset cannot be detected or the sample is too big
     * @throws UncheckedIOException if reading fails
     */
    public static Reader open(InputStream in, String source, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        try {
            int wanted = (int) Math.min(SAMPLE, options.maxBytes() + 1);
            byte[] sample = in.readNBytes(wanted);
            // Fewer bytes than asked for: the sample is the whole input, and a sequence cut off
            // at its end is malformed rather than continued.
            boolean whole = sample.length < wanted;
            Charset charset = options.charset().orElse(null);
            int skip = 0;
            if (charset == null) {
                skip = byteOrderMark(sample, sample.length, source);
                charset = skip > 0 ? StandardCharsets.UTF_8 : detect(sample, sample.length, source, whole);
            }
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(sample, skip, sample.length - skip), in);
            return new StrictReader(rest, charset, source, options.maxBytes(), skip, options.charset().isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens bytes in memory as text: the same text, checks and messages as
     * {@link #open(InputStream, String, ReadOptions)} over the same bytes, without copying them.
     *
     * @param bytes the bytes, not null; not modified, and not to be modified while the reader is used
     * @param source the source name for messages, not null
     * @param options the charset and byte limit, not null
     * @return the text, never null
     * @throws BudgetFormatException if the charset cannot be detected
     */
    public static Reader open(byte[] bytes, String source, ReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        if (bytes.length > options.maxBytes()) {
            // The stream path refuses the input where it crosses the limit, naming that line.
            return open(new ByteArrayInputStream(bytes), source, options);
        }
        int wanted = (int) Math.min(SAMPLE, options.maxBytes() + 1);
        int sampled = Math.min(wanted, bytes.length);
        boolean whole = bytes.length < wanted;
        Charset charset = options.charset().orElse(null);
        int skip = 0;
        if (charset == null) {
            skip = byteOrderMark(bytes, sampled, source);
            charset = skip > 0 ? StandardCharsets.UTF_8 : detect(bytes, sampled, source, whole);
        }
        return new StrictReader(bytes, skip, charset, source, options.charset().isPresent());
    }

    /** The length of a UTF-8 byte order mark at the start, or 0; a UTF-16 one is refused. */
    private static int byteOrderMark(byte[] sample, int length, String source) {
        if (startsWith(sample, length, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(sample, length, 0xFE, 0xFF) || startsWith(sample, length, 0xFF, 0xFE)) {
            throw Errors.at(source, 1, 1, hex(sample, 0, 2),
                    "UTF-16 byte order mark: save the file as UTF-8 or GB18030, or declare the charset",
                    "UTF-16 字节顺序标记：请另存为 UTF-8 或 GB18030，或声明字符集");
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-8 if the sample (the first {@code length} bytes) is UTF-8, else GB18030 if it is
     * GB18030, else an error where UTF-8 fails. A quick validity scan settles the usual case
     * (UTF-8); the decoders decide whenever that scan finds a byte it does not accept.
     */
    private static Charset detect(byte[] sample, int length, String source, boolean whole) {
        if (Utf8.firstMalformed(sample, 0, length, whole) < 0) {
            return StandardCharsets.UTF_8;
        }
        int bad = firstMalformed(sample, length, StandardCharsets.UTF_8, whole);
        if (bad < 0) {
            return StandardCharsets.UTF_8;
        }
        if (firstMalformed(sample, length, GB18030, whole) < 0) {
            return GB18030;
        }
        int[] where = position(sample, bad);
        throw Errors.at(source, where[0], where[1], hex(sample, bad, Math.min(length, bad + 4)),
                "neither UTF-8 nor GB18030: an invalid byte sequence",
                "既不是 UTF-8 也不是 GB18030 编码：无效的字节序列");
    }

    /** The index of the first byte the charset rejects, or -1; a sequence cut off by the sample's end is fine. */
    private static int firstMalformed(byte[] sample, int length, Charset charset, boolean whole) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, whole);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            if (whole) {
                r = decoder.flush(out);
                if (r.isOverflow()) {
                    out.clear();
                    continue;
                }
            }
            return -1;
        }
    }

    /** Line and column (from 1) of a byte of a UTF-8 sample valid up to it. */
    private static int[] position(byte[] sample, int index) {
        String before = new String(sample, 0, index, StandardCharsets.UTF_8);
        int[] lc = {1, 1};
        Lines.advance(lc, before, 0, before.length(), false);
        return lc;
    }

    static String hex(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to && i < bytes.length; i++) {
            out.append(out.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return out.toString();
    }

    /** Line counting the way the CSV and JSON parsers count: CR, LF and CR LF each end a line. */
    static final class Lines {
        private Lines() {
        }

        /**
         * Advances {@code lc} (line, column) over text; returns whether the last character was CR.
         */
        static boolean advance(int[] lc, CharSequence text, int from, int to, boolean afterCr) {
            boolean cr = afterCr;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (!cr) {
                        lc[0]++;
                    }
                    lc[1] = 1;
                    cr = false;
                } else if (c == '\r') {
                    lc[0]++;
                    lc[1] = 1;
                    cr = true;
                } else {
                    lc[1]++;
                    cr = false;
                }
            }
            return cr;
        }

        /**
         * {@link #advance(int[], CharSequence, int, int, boolean)} over an array: the same counts,
         * with the column taken from the last line break rather than counted character by character.
         */
        static boolean advance(int[] lc, char[] text, int from, int to, boolean afterCr) {
            boolean cr = afterCr;
            int line = lc[0];
            // Where the current line starts, possibly before {@code from}.
            int start = from - (lc[1] - 1);
            for (int i = from; i < to; i++) {
                char c = text[i];
                if (c > '\r') {
                    cr = false;
                } else if (c == '\n') {
                    if (!cr) {
                        line++;
                    }
                    start = i + 1;
                    cr = false;
                } else if (c == '\r') {
                    line++;
                    start = i + 1;
                    cr = true;
                } else {
                    cr = false;
                }
            }
            lc[0] = line;
            lc[1] = to - start + 1;
            return cr;
        }
    }

    /** A reader that decodes strictly, counts lines for its messages, and stops at the byte limit. */
    private static final class StrictReader extends Reader {
        private static final int BUFFER = 16384;

        private final InputStream in;
        private final CharsetDecoder decoder;
        private final String source;
        private final long maxBytes;
        private final boolean declared;
        private final byte[] raw;
        private final ByteBuffer bytes;
        private final CharBuffer chars = CharBuffer.allocate(BUFFER);
        private final int[] lc = {1, 1};
        /** The decoder's charset is UTF-8: {@link Utf8#decode} goes first. */
        private final boolean utf8;
        /** The bytes of an input in memory (else null): lines are then counted only for an error. */
        private final byte[] all;
        private final int skipped;
        private boolean afterCr;
        private long total;
        private boolean eof;
        private boolean flushed;
        private boolean first = true;
        private BudgetFormatException pending;

        StrictReader(InputStream in, Charset charset, String source, long maxBytes, int skipped, boolean declared) {
            this.in = in;
            this.decoder = decoder(charset);
            this.source = source;
            this.maxBytes = maxBytes;
            this.total = skipped;
            this.declared = declared;
            this.raw = new byte[BUFFER];
            this.bytes = ByteBuffer.allocate(BUFFER);
            this.utf8 = charset.equals(StandardCharsets.UTF_8);
            this.all = null;
            this.skipped = skipped;
            bytes.flip();
            chars.flip();
        }

        /** Over bytes in memory, within the byte limit: decoded in place, never copied. */
        StrictReader(byte[] all, int skipped, Charset charset, String source, boolean declared) {
            this.in = null;
            this.decoder = decoder(charset);
            this.source = source;
            this.maxBytes = Long.MAX_VALUE;
            this.total = all.length;
            this.declared = declared;
            this.raw = null;
            this.bytes = ByteBuffer.wrap(all, skipped, all.length - skipped);
            this.eof = true;
            this.utf8 = charset.equals(StandardCharsets.UTF_8);
            this.all = all;
            this.skipped = skipped;
            chars.flip();
        }

        private static CharsetDecoder decoder(Charset charset) {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            if (!chars.hasRemaining() && all != null && utf8 && !first && pending == null) {
                // Bytes in memory, within the limit, lines counted only for an error: the quick
                // loop decodes straight into the caller's buffer, and fill (the JDK decoder)
                // takes over wherever it stops.
                long next = Utf8.decode(all, bytes.position(), bytes.limit(), cbuf, off, off + len);
                int n = (int) next - off;
                if (n > 0) {
                    bytes.position((int) (next >>> 32));
                    return n;
                }
            }
            while (!chars.hasRemaining()) {
                if (pending != null) {
                    throw pending;
                }
                if (flushed) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, chars.remaining());
            chars.get(cbuf, off, n);
            return n;
        }

        private void fill() throws IOException {
            chars.clear();
            if (!eof && bytes.remaining() < 16) {
                bytes.compact();
                int n = in.read(raw, 0, Math.min(raw.length, bytes.remaining()));
                if (n < 0) {
                    eof = true;
                } else {
                    total += n;
                    bytes.put(raw, 0, n);
                }
                bytes.flip();
            }
            if (utf8) {
                long next = Utf8.decode(bytes.array(), bytes.position(), bytes.limit(), chars.array(),
                        chars.position(), chars.limit());
                bytes.position((int) (next >>> 32));
                chars.position((int) next);
            }
            // Decodes or reports whatever the quick loop left (always called: it also moves the
            // decoder to the end of input, which flush requires).
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                int start = bytes.position();
                String text = hexOf(start, r.length());
                chars.flip();
                count();
                int[] at = all == null ? new int[] {lc[0], lc[1]} : position(all, skipped, start, decoder.charset());
                pending = Errors.at(source, at[0], at[1], text,
                        "not valid " + decoder.charset().name() + (declared ? " (the declared charset)"
                                : " (declare the charset if the file is in another encoding)"),
                        "不是有效的 " + decoder.charset().name() + " 编码" + (declared ? "（声明的字符集）" : "（若文件使用其他编码，请声明字符集）"));
                return;
            }
            if (eof && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
            }
            chars.flip();
            if (total > maxBytes) {
                count();
                pending = Errors.at(source, lc[0], 0, Long.toString(total) + " bytes",
                        "input larger than the limit of " + maxBytes + " bytes",
                        "输入超过 " + maxBytes + " 字节的上限");
                chars.position(chars.limit());
                return;
            }
            count();
        }

        private String hexOf(int start, int length) {
            byte[] b = new byte[Math.min(length + 2, bytes.limit() - start)];
            bytes.get(start, b);
            return TextInput.hex(b, 0, b.length);
        }

        private void count() {
            if (first && chars.hasRemaining()) {
                first = false;
                if (chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
            if (all == null) {
                afterCr = Lines.advance(lc, chars.array(), chars.position(), chars.limit(), afterCr);
            }
        }

        /**
         * Line and column of a byte of an input in memory: the lines of the text decoded before
         * it (valid, as the error is the first), without a byte order mark, as {@link #count}
         * would have counted them.
         */
        private static int[] position(byte[] all, int skipped, int index, Charset charset) {
            String before = new String(all, skipped, index - skipped, charset);
            int from = before.startsWith("\uFEFF") ? 1 : 0;
            int[] lc = {1, 1};
            Lines.advance(lc, before, from, before.length(), false);
            return lc;
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
