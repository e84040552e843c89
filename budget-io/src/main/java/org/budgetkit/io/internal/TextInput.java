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
                if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
                    charset = StandardCharsets.UTF_8;
                    skip = 3;
                } else if (startsWith(sample, 0xFE, 0xFF) || startsWith(sample, 0xFF, 0xFE)) {
                    throw Errors.at(source, 1, 1, hex(sample, 0, 2),
                            "UTF-16 byte order mark: save the file as UTF-8 or GB18030, or declare the charset",
                            "UTF-16 字节顺序标记：请另存为 UTF-8 或 GB18030，或声明字符集");
                } else {
                    charset = detect(sample, source, whole);
                }
            }
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(sample, skip, sample.length - skip), in);
            return new StrictReader(rest, charset, source, options.maxBytes(), skip, options.charset().isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 if the sample is UTF-8, else GB18030 if it is GB18030, else an error where UTF-8 fails. */
    private static Charset detect(byte[] sample, String source, boolean whole) {
        int bad = firstMalformed(sample, StandardCharsets.UTF_8, whole);
        if (bad < 0) {
            return StandardCharsets.UTF_8;
        }
        if (firstMalformed(sample, GB18030, whole) < 0) {
            return GB18030;
        }
        int[] where = position(sample, bad);
        throw Errors.at(source, where[0], where[1], hex(sample, bad, Math.min(sample.length, bad + 4)),
                "neither UTF-8 nor GB18030: an invalid byte sequence",
                "既不是 UTF-8 也不是 GB18030 编码：无效的字节序列");
    }

    /** The index of the first byte the charset rejects, or -1; a sequence cut off by the sample's end is fine. */
    private static int firstMalformed(byte[] sample, Charset charset, boolean whole) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
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
    }

    /** A reader that decodes strictly, counts lines for its messages, and stops at the byte limit. */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final String source;
        private final long maxBytes;
        private final boolean declared;
        private final byte[] raw = new byte[16384];
        private final ByteBuffer bytes = ByteBuffer.allocate(16384);
        private final CharBuffer chars = CharBuffer.allocate(16384);
        private final int[] lc = {1, 1};
        private boolean afterCr;
        private long total;
        private boolean eof;
        private boolean flushed;
        private boolean first = true;
        private BudgetFormatException pending;

        StrictReader(InputStream in, Charset charset, String source, long maxBytes, int skipped, boolean declared) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.source = source;
            this.maxBytes = maxBytes;
            this.total = skipped;
            this.declared = declared;
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
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
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                int start = bytes.position();
                String text = hexOf(start, r.length());
                chars.flip();
                count();
                int[] at = {lc[0], lc[1]};
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
            // Absolute positions: CharBuffer.charAt would count from the buffer's position.
            afterCr = Lines.advance(lc, java.nio.CharBuffer.wrap(chars.array(), 0, chars.limit()), chars.position(),
                    chars.limit(), afterCr);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
