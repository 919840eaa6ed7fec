package io.structview;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * Python's {@code ==} and a hash consistent with it, for the Java values that stand for Python ints, floats,
 * bools, bytes and tuples. {@link MemoryView} compares items by value as CPython does, across formats: {@code 1}
 * equals {@code 1.0} and {@code true}, {@code -0.0} equals {@code 0.0}, a NaN equals nothing, bytes never equal
 * numbers.
 *
 * <p>Integers are {@code Long}, {@code Integer}, {@code Short}, {@code Byte}, {@code BigInteger} and
 * {@code Boolean} (Python's bool is an int), all read as signed values; floats are {@code Double} and
 * {@code Float}; bytes are {@code byte[]}; tuples (records) are {@code Object[]}.
 */
final class PyValues {
    private static final double TWO_63 = 0x1p63;

    private PyValues() {}

    /** Python's {@code a == b}. */
    static boolean equal(Object a, Object b) {
        if (a instanceof byte[] x) {
            return b instanceof byte[] y && Arrays.equals(x, y);
        }
        if (a instanceof Object[] x) {
            if (!(b instanceof Object[] y) || x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (!equal(x[i], y[i])) {
                    return false;
                }
            }
            return true;
        }
        if (isInt(a)) {
            if (isInt(b)) {
                return compareInts(a, b);
            }
            return isFloat(b) && intEqualsFloat(a, ((Number) b).doubleValue());
        }
        if (isFloat(a)) {
            double x = ((Number) a).doubleValue();
            if (isFloat(b)) {
                return x == ((Number) b).doubleValue();
            }
            return isInt(b) && intEqualsFloat(b, x);
        }
        if (isInt(b) || isFloat(b) || b instanceof byte[] || b instanceof Object[]) {
            return false;
        }
        return Objects.equals(a, b);
    }

    /** A hash such that {@code equal(a, b)} implies {@code hash(a) == hash(b)}. */
    static int hash(Object a) {
        if (a instanceof byte[] x) {
            return Arrays.hashCode(x);
        }
        if (a instanceof Object[] x) {
            int h = x.length;
            for (Object o : x) {
                h = 31 * h + hash(o);
            }
            return h;
        }
        if (isInt(a)) {
            return hashInt(toBig(a));
        }
        if (isFloat(a)) {
            double d = ((Number) a).doubleValue();
            if (Double.isFinite(d) && d == Math.rint(d)) {
                // An integral float equals the int of the same value, so it must hash as that int.
                return Math.abs(d) < TWO_63 ? Long.hashCode((long) d) : hashInt(new BigDecimal(d).toBigInteger());
            }
            return Double.hashCode(d);
        }
        return Objects.hashCode(a);
    }

    private static int hashInt(BigInteger b) {
        return b.bitLength() < 64 ? Long.hashCode(b.longValue()) : b.hashCode();
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
                || o instanceof BigInteger || o instanceof Boolean;
    }

    static boolean isFloat(Object o) {
        return o instanceof Double || o instanceof Float;
    }

    private static boolean compareInts(Object a, Object b) {
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return toBig(a).equals(toBig(b));
        }
        return toLong(a) == toLong(b);
    }

    /** Exact comparison, as Python does: {@code 2**53 + 1 != 2.0**53}. */
    private static boolean intEqualsFloat(Object i, double d) {
        if (!Double.isFinite(d) || d != Math.rint(d)) {
            return false;
        }
        if (!(i instanceof BigInteger) && Math.abs(d) < TWO_63) {
            return toLong(i) == (long) d;
        }
        return toBig(i).equals(new BigDecimal(d).toBigInteger());
    }

    private static long toLong(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).longValue();
    }

    private static BigInteger toBig(Object o) {
        return o instanceof BigInteger b ? b : BigInteger.valueOf(toLong(o));
    }
}
