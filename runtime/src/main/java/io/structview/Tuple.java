package io.structview;

import io.structview.schema.BytesLiteral;
import java.util.Arrays;
import java.util.Objects;

/**
 * The values of one record, as a value: what {@link MemoryView#toList()} holds for each item of a record view,
 * where Python's {@code tolist()} would give a tuple. It prints as {@code (7, 2, 3.5, b'ab')} and compares by its
 * values, so lists of records can be printed, compared and used as map keys.
 *
 * <p>Values are those of the contract's mapping ({@code Long}, {@code Float}, {@code Double}, {@code Boolean},
 * {@code byte[]}). Two tuples are equal when they have the same number of values and each pair is equal as Java
 * values ({@code byte[]} by content): {@code Tuple.of(7L)} equals the value a view reads, {@code Tuple.of(7)} (an
 * {@code Integer}) does not. For Python's cross-type {@code ==} compare views with {@link MemoryView#equals}.
 * Immutable: byte strings are copied in and out.
 *
 * {@snippet :
 * MemoryView records = MemoryView.of(new byte[28]).cast("<IHd");
 * records.set(new Object[] {7, 2, 3.5}, 1);
 * records.toList();   // [(0, 0, 0.0), (7, 2, 3.5)]
 * records.toList().get(1).equals(Tuple.of(7L, 2L, 3.5));   // true
 * }
 */
public final class Tuple {
    private final Object[] values;

    private Tuple(Object[] values) {
        this.values = values;
    }

    /**
     * {@return a tuple of the given values}
     *
     * @param values the values, none null; byte arrays are copied
     * @throws NullPointerException if {@code values} or one of them is null
     */
    public static Tuple of(Object... values) {
        Object[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            int at = i;
            Objects.requireNonNull(copy[i], () -> "tuple value " + at + " is null");
            if (copy[i] instanceof byte[] b) {
                copy[i] = b.clone();
            }
        }
        return new Tuple(copy);
    }

    /** Takes ownership of freshly unpacked values, which nothing else references. */
    static Tuple own(Object[] values) {
        return new Tuple(values);
    }

    /** {@return the number of values} */
    public int size() {
        return values.length;
    }

    /**
     * {@return the value at {@code index}; a byte string as a copy}
     *
     * @param index the position, from 0
     * @throws IndexOutOfBoundsException if {@code index} is not below {@link #size()}
     */
    public Object get(int index) {
        Objects.checkIndex(index, values.length);
        return copyOf(values[index]);
    }

    /** {@return the values as a new array, as {@link MemoryView#set} and {@link Struct#pack} take them} */
    public Object[] toArray() {
        Object[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = copyOf(out[i]);
        }
        return out;
    }

    /** The values without copying, for the package's own comparisons and writes, which do not keep them. */
    Object[] values() {
        return values;
    }

    private static Object copyOf(Object value) {
        return value instanceof byte[] b ? b.clone() : value;
    }

    /**
     * {@return whether {@code other} is a tuple of equal values}
     *
     * @param other the object to compare with
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tuple t && Arrays.deepEquals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    /**
     * {@return the values in parentheses, byte strings as Python literals, as Python prints a tuple: {@code (7, 2,
     * 3.5, b'ab')}, {@code (7,)} for one value}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(values[i] instanceof byte[] b ? BytesLiteral.of(b) : String.valueOf(values[i]));
        }
        return sb.append(values.length == 1 ? ",)" : ")").toString();
    }
}
