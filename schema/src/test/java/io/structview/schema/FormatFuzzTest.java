package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes {@link Format#parse}: any string either parses to a layout that agrees with an independent
 * arbitrary-precision reference, or is refused with a {@link FormatException} that names a position inside the
 * format. Anything else (another exception, a hang, a huge allocation) is a bug.
 *
 * <p>Regression inputs: {@code src/test/resources/io/structview/schema/FormatFuzzTestInputs/parse/}, one UTF-8
 * format string per file.
 */
class FormatFuzzTest {
    private static final Pattern POSITION = Pattern.compile(" at position (\\d+) in format ");
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({
        "@", "=", "<", ">", "!", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e",
        "f", "d", "s", "p", "P", " ", "0", "9223372036854775807", "9223372036854775808", "4611686018427387904",
        "1152921504606846976", "2305843009213693951", "3000000000",
    })
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Format f;
        try {
            f = Format.parse(text);
        } catch (FormatException e) {
            Matcher m = POSITION.matcher(e.getMessage());
            assertThat(m.find()).as("message names a position: %s", e.getMessage()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isBetween(0, text.length());
            BigInteger ref = referenceSize(text);
            if (e.getMessage().startsWith("total struct size too long")) {
                assertThat(ref).as("only overflowing formats are refused as too long").isNull();
            } else {
                assertThat(ref).as("reference refuses %s too", e.getMessage()).isEqualTo(INVALID);
            }
            return;
        }
        assertThat(BigInteger.valueOf(f.size())).as("size of %s", text).isEqualTo(referenceSize(text));
        checkInvariants(f);
    }

    static void checkInvariants(Format f) {
        long end = 0;
        long values = 0;
        for (Field field : f.fields()) {
            assertThat(field.offset()).isGreaterThanOrEqualTo(end);
            if (f.mode() == Mode.NATIVE) {
                assertThat(field.offset() % field.code().alignment(f.mode())).isZero();
            }
            assertThat(field.count()).isNotNegative();
            end = field.offset() + field.byteSize();
            assertThat(end).isGreaterThanOrEqualTo(field.offset());
            values += field.values();
            assertThat(field.position()).isBetween(0, f.text().length() - 1);
            assertThat(f.text().charAt(field.position())).isEqualTo(field.code().code());
        }
        assertThat(f.size()).isEqualTo(end);
        assertThat(f.valueCount()).isEqualTo(values);
        assertThat(f.alignment()).isIn(1L, 2L, 4L, 8L);
    }

    /** Marks a format the reference parser refuses for a reason other than its size. */
    private static final BigInteger INVALID = BigInteger.valueOf(-1);

    /**
     * CPython's grammar with unbounded integers: the size, {@code null} if it exceeds 63 bits (at any point), or
     * {@link #INVALID}.
     */
    static BigInteger referenceSize(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 0x80 || text.charAt(k) == 0) {
                return INVALID;
            }
        }
        int i = 0;
        Mode mode = Mode.NATIVE;
        if (!text.isEmpty() && Mode.ofPrefix(text.charAt(0)) != null) {
            mode = Mode.ofPrefix(text.charAt(0));
            i = 1;
        }
        BigInteger size = BigInteger.ZERO;
        boolean overflow = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (" \t\n\r\u000b\u000c".indexOf(c) >= 0) {
                i++;
                continue;
            }
            BigInteger count = BigInteger.ONE;
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                count = new BigInteger(text.substring(start, i));
                if (count.compareTo(MAX) > 0) {
                    overflow = true;
                }
                if (i == text.length()) {
                    return overflow ? null : INVALID;
                }
                c = text.charAt(i);
            }
            FormatCode code = FormatCode.of(c);
            if (code == null || !code.validIn(mode)) {
                return overflow ? null : INVALID;
            }
            BigInteger align = BigInteger.valueOf(code.alignment(mode));
            BigInteger rem = size.mod(align);
            if (rem.signum() != 0) {
                size = size.add(align).subtract(rem);
            }
            BigInteger bytes = code.countIsLength() ? count : count.multiply(BigInteger.valueOf(code.size(mode)));
            size = size.add(bytes);
            if (size.compareTo(MAX) > 0) {
                overflow = true;
            }
            i++;
        }
        return overflow ? null : size;
    }
}
