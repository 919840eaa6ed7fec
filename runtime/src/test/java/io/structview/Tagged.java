package io.structview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads the CPython conformance vectors' tagged values ({@code {"int": "…"}} and so on) and compares results. */
final class Tagged {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private Tagged() {}

    /** The cases of a conformance file in the test resources, one JSON object per line. */
    static List<JsonNode> cases(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = Tagged.class.getResourceAsStream("/conformance/" + resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** A pack argument, boxed as the case's {@code "j"} hint says (or the contract's default). */
    static Object argument(JsonNode v) {
        String hint = v.has("j") ? v.get("j").asText() : null;
        if (v.has("int")) {
            BigInteger b = new BigInteger(v.get("int").asText());
            if (hint == null) {
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            return switch (hint) {
                case "Integer" -> b.intValueExact();
                case "Short" -> b.shortValueExact();
                case "Byte" -> b.byteValueExact();
                case "Long" -> b.longValueExact();
                case "BigInteger" -> b;
                default -> throw new IllegalArgumentException("unknown hint " + hint);
            };
        }
        if (v.has("float")) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(v.get("float").asText(), 16));
            return "Float".equals(hint) ? (Object) (float) d : d;
        }
        if (v.has("bool")) {
            return v.get("bool").asBoolean();
        }
        if (v.has("bytes")) {
            return hex(v.get("bytes").asText());
        }
        if (v.has("str")) {
            return v.get("str").asText();
        }
        throw new IllegalArgumentException("unknown value " + v);
    }

    static Object[] arguments(JsonNode args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = argument(args.get(i));
        }
        return out;
    }

    /**
     * Asserts that a result equals CPython's: integers as the 64-bit pattern in a {@code Long}, floats by bits
     * (any NaN equals any NaN), {@code e}/{@code f} as {@code Float} and {@code d} as {@code Double}.
     */
    static void assertValue(Object actual, JsonNode expected, String code, String where) {
        if (expected.has("int")) {
            long want = new BigInteger(expected.get("int").asText()).longValue();
            assertThat(actual).as(where).isInstanceOf(Long.class).isEqualTo(want);
        } else if (expected.has("float")) {
            long want = Long.parseUnsignedLong(expected.get("float").asText(), 16);
            if (code != null) {
                assertThat(actual).as(where + " type for '" + code + "'")
                        .isInstanceOf(code.equals("d") ? Double.class : Float.class);
            }
            double got = ((Number) actual).doubleValue();
            if (Double.isNaN(got) || Double.isNaN(Double.longBitsToDouble(want))) {
                assertThat(Double.isNaN(got)).as(where + " NaN").isEqualTo(Double.isNaN(Double.longBitsToDouble(want)));
            } else {
                assertThat(Long.toHexString(Double.doubleToRawLongBits(got))).as(where)
                        .isEqualTo(Long.toHexString(want));
            }
        } else if (expected.has("bool")) {
            assertThat(actual).as(where).isEqualTo(expected.get("bool").asBoolean());
        } else if (expected.has("bytes")) {
            assertThat(actual).as(where).isInstanceOf(byte[].class);
            assertThat(hex((byte[]) actual)).as(where).isEqualTo(expected.get("bytes").asText());
        } else if (expected.has("str")) {
            assertThat(actual).as(where).isEqualTo(expected.get("str").asText());
        } else {
            throw new IllegalArgumentException("unknown value " + expected);
        }
    }

    static void assertValues(Object[] actual, JsonNode expected, JsonNode codes, String where) {
        assertThat(actual).as(where + " value count").hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            String code = codes != null && codes.isArray() ? codes.get(i).asText() : null;
            assertValue(actual[i], expected.get(i), code, where + " value " + i);
        }
    }
}
