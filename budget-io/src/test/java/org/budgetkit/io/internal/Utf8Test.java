package org.budgetkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The quick UTF-8 scan and decoding loop against the JDK's UTF-8 decoder (the oracle), on byte
 * strings built from well-formed sequences at every boundary of Unicode's table 3-7 and from
 * the malformed ones next to them (overlong forms, surrogates, values above U+10FFFF, lone and
 * missing continuation bytes, cut-off sequences), plus arbitrary bytes.
 */
class Utf8Test {
    /** Pieces to build byte strings of, in hex. */
    private static final List<String> PIECES = List.of(
            // ASCII, line breaks, a comma
            "61", "2C", "0A", "0D", "00", "7F",
            // two bytes: U+0080, é, U+07FF
            "C280", "C3A9", "DFBF",
            // three bytes: U+0800, 中, 部, U+D7FF (below the surrogates), U+E000 (above), U+FFFF
            "E0A080", "E4B8AD", "E983A8", "ED9FBF", "EE8080", "EFBFBF",
            // four bytes: U+10000, 😀, U+10FFFF
            "F0908080", "F09F9880", "F48FBFBF",
            // malformed: overlong two-byte, overlong three- and four-byte forms, a surrogate,
            // above U+10FFFF, bytes never in UTF-8, lone continuations, bad continuations
            "C080", "C1BF", "E08080", "E09FBF", "EDA080", "EDBFBF", "F08F8080", "F4908080", "F5808080", "F8", "FF",
            "80", "BF", "E441", "C341", "F09F41", "E4B8C0",
            // cut off: a lead byte or two alone
            "C3", "E4", "E4B8", "F0", "F09F", "F09F98");

    private static Gen<byte[]> byteStrings() {
        Gen<byte[]> pieces = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 24).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i : list) {
                out.writeBytes(HexFormat.of().parseHex(PIECES.get(i)));
            }
            return out.toByteArray();
        });
        Gen<byte[]> arbitrary = lists().of(integers().between(0, 255)).ofSizeBetween(0, 24).map(list -> {
            byte[] out = new byte[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (int) list.get(i);
            }
            return out;
        });
        return pieces.mix(arbitrary, 25);
    }

    /** The JDK decoder's first malformed byte (as TextInput's detection asks it), or -1. */
    private static int jdkFirstMalformed(byte[] bytes, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 2);
        CoderResult r = decoder.decode(in, out, whole);
        if (r.isError()) {
            return in.position();
        }
        return -1;
    }

    @Test
    void theScanAcceptsWhatTheDecoderAcceptsAndFindsTheSameFirstBadByte() {
        qt().withExamples(5_000).forAll(byteStrings()).checkAssert(bytes -> {
            String hex = HexFormat.of().formatHex(bytes);
            assertThat(Utf8.firstMalformed(bytes, 0, bytes.length, true)).as(hex)
                    .isEqualTo(jdkFirstMalformed(bytes, true));
            // A sample (the input may go on): anything the scan accepts, the decoder accepts.
            if (Utf8.firstMalformed(bytes, 0, bytes.length, false) < 0) {
                assertThat(jdkFirstMalformed(bytes, false)).as(hex).isEqualTo(-1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"6162636465666768696A", "E4B8AD6162636465666768", "61626364656667E4B8AD", "616263646566676880"})
    void theScanRunsOverEightAsciiBytesAtATimeAndStopsRightAfterThem(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(Utf8.firstMalformed(bytes, 0, bytes.length, true)).isEqualTo(jdkFirstMalformed(bytes, true));
        assertThat(Utf8.firstMalformed(bytes, 1, bytes.length, true)).isEqualTo(
                jdkFirstMalformed(java.util.Arrays.copyOfRange(bytes, 1, bytes.length), true) < 0 ? -1
                        : jdkFirstMalformed(java.util.Arrays.copyOfRange(bytes, 1, bytes.length), true) + 1);
    }

    /** What a decoding gives: the characters, then the error's byte position and length, if any. */
    private record Decoded(String text, int errorAt, int errorLength) {
    }

    /**
     * Decodes as TextInput's reader does: output in chunks of {@code room} characters, input
     * cut at {@code cut} until the rest is given, the quick loop first if asked, the decoder
     * after it.
     */
    private static Decoded decode(byte[] bytes, int room, int cut, boolean quick) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, Math.min(cut, bytes.length));
        boolean eof = cut >= bytes.length;
        CharBuffer out = CharBuffer.allocate(room);
        while (true) {
            out.clear();
            if (quick) {
                long next = Utf8.decode(in.array(), in.position(), in.limit(), out.array(), out.position(), out.limit());
                in.position((int) (next >>> 32));
                out.position((int) next);
            }
            CoderResult r = decoder.decode(in, out, eof);
            out.flip();
            text.append(out);
            if (r.isError()) {
                return new Decoded(text.toString(), in.position(), r.length());
            }
            if (r.isUnderflow()) {
                if (!eof) {
                    in.limit(bytes.length);
                    eof = true;
                } else if (!in.hasRemaining()) {
                    return new Decoded(text.toString(), -1, 0);
                }
            }
        }
    }

    @Test
    void theQuickLoopAndTheDecoderTogetherGiveTheDecodersCharactersAndErrors() {
        qt().withExamples(5_000).forAll(byteStrings(), integers().between(2, 9), integers().between(0, 30))
                .checkAssert((bytes, room, cut) -> {
                    Decoded expected = decode(bytes, room, cut, false);
                    assertThat(decode(bytes, room, cut, true)).as(HexFormat.of().formatHex(bytes)).isEqualTo(expected);
                });
    }

    @Test
    void theQuickLoopStopsAtAFullOutputAndAtEverythingItLeavesToTheDecoder() {
        byte[] bytes = HexFormat.of().parseHex("6162E4B8ADF09F9880C3A9");
        char[] out = new char[16];
        long next = Utf8.decode(bytes, 0, bytes.length, out, 0, 3);
        assertThat(next >>> 32).isEqualTo(5);
        assertThat((int) next).isEqualTo(3);
        assertThat(new String(out, 0, 3)).isEqualTo("ab中");
        // The supplementary character is the decoder's to decode.
        next = Utf8.decode(bytes, 5, bytes.length, out, 3, 16);
        assertThat(next >>> 32).isEqualTo(5);
        assertThat((int) next).isEqualTo(3);
        next = Utf8.decode(bytes, 9, bytes.length, out, 3, 16);
        assertThat(next >>> 32).isEqualTo(11);
        assertThat(new String(out, 3, 1)).isEqualTo("é");
    }
}
