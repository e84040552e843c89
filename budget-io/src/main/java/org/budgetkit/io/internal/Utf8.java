package org.budgetkit.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Quick UTF-8 for the common case, always backed by the JDK's decoder. A validity scan for
 * charset detection decodes nothing and runs eight ASCII bytes at a time; it accepts exactly the well-formed sequences of the Unicode Standard
 * (table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), which are the ones
 * the JDK's UTF-8 decoder accepts; a sequence cut off by the end of a sample is accepted when
 * its bytes so far can start a well-formed sequence. Where it finds a byte it does not accept,
 * callers ask the decoder itself, so a stricter answer here costs time, never a different
 * result. A decoding loop for the one-, two- and three-byte sequences stops wherever the
 * decoder has to decide. Stateless.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Decodes the longest run of well-formed sequences that fits, as the JDK's UTF-8 decoder
     * would, and stops before anything else: a malformed or cut-off sequence, a
     * supplementary character (left to the decoder), or a full output. Whatever it stops at is
     * left for {@link java.nio.charset.CharsetDecoder#decode} to decode or to report, so the
     * two together give exactly the decoder's characters and errors.
     *
     * @param src the bytes
     * @param sp the first byte
     * @param sl the end of the bytes (exclusive)
     * @param dst the characters
     * @param dp the first character to write
     * @param dl the end of the characters (exclusive)
     * @return the next byte ({@code sp} advanced) in the high 32 bits, the next character in the low 32
     */
    static long decode(byte[] src, int sp, int sl, char[] dst, int dp, int dl) {
        outer:
        while (dp < dl && sp < sl) {
            int b = src[sp];
            if (b >= 0) {
                // A run of ASCII, as far as both arrays allow: one comparison a byte.
                int end = sp + Math.min(sl - sp, dl - dp);
                do {
                    dst[dp++] = (char) b;
                    if (++sp >= end) {
                        continue outer;
                    }
                    b = src[sp];
                } while (b >= 0);
            }
            // b is a byte from 0x80 up, sign-extended: its low eight bits are the byte.
            if ((b & 0xF0) == 0xE0) {
                // Three bytes (the Chinese characters): two continuation bytes, and the value
                // neither an overlong form (below U+0800) nor a surrogate.
                if (sl - sp < 3) {
                    break;
                }
                int b2 = src[sp + 1];
                int b3 = src[sp + 2];
                if ((((b2 & 0xC0) ^ 0x80) | ((b3 & 0xC0) ^ 0x80)) != 0) {
                    break;
                }
                int c = ((b & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
                if (c < 0x800 || (c & 0xF800) == 0xD800) {
                    break;
                }
                dst[dp++] = (char) c;
                sp += 3;
            } else if ((b & 0xE0) == 0xC0) {
                // Two bytes: a continuation byte, and not an overlong form (below U+0080).
                if (sl - sp < 2) {
                    break;
                }
                int b2 = src[sp + 1];
                if ((b2 & 0xC0) != 0x80) {
                    break;
                }
                int c = ((b & 0x1F) << 6) | (b2 & 0x3F);
                if (c < 0x80) {
                    break;
                }
                dst[dp++] = (char) c;
                sp += 2;
            } else {
                break;
            }
        }
        return ((long) sp << 32) | (dp & 0xFFFFFFFFL);
    }

    /**
     * The index of the first byte that does not start or continue a well-formed sequence.
     *
     * @param bytes the bytes
     * @param from the first index
     * @param to the end index (exclusive)
     * @param whole whether {@code to} is the end of the input (a cut-off sequence is then
     *     malformed) rather than of a sample of it
     * @return the index, or -1 if every sequence is well formed
     */
    static int firstMalformed(byte[] bytes, int from, int to, boolean whole) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            if ((b & 0xF0) == 0xE0 && to - i >= 3) {
                // Three bytes, the common case, checked as decode does.
                int b2 = bytes[i + 1];
                int b3 = bytes[i + 2];
                int c = ((b & 0x0F) << 12) | ((b2 & 0x3F) << 6);
                if ((((b2 & 0xC0) ^ 0x80) | ((b3 & 0xC0) ^ 0x80)) != 0 || c < 0x800 || (c & 0xF800) == 0xD800) {
                    return i;
                }
                i += 3;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) {
                    low = 0xA0;
                } else if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return i;
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= to) {
                    return whole ? i : -1;
                }
                int c = bytes[i + k] & 0xFF;
                if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
