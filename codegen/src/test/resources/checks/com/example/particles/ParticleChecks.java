package com.example.particles;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.Struct;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** Behaviour of the generated native-mode {@code Particle} and {@code Vec}. Run by GeneratedBehaviourTest. */
public final class ParticleChecks {
    private ParticleChecks() {}

    private static Particle fresh() {
        return new Particle().wrap(MemorySegment.ofArray(new byte[(int) Particle.SIZE + 8]), 8);
    }

    public static void nativeLayoutFollowsTheCAbi() {
        assertThat(Vec.SIZE).isEqualTo(28);
        assertThat(Vec.ALIGNMENT).isEqualTo(8);
        assertThat(Vec.LAYOUT.byteAlignment()).isEqualTo(8);
        assertThat(Vec.LAYOUT_UNALIGNED.byteAlignment()).isEqualTo(1);
        // c@0 d@8 where@16 trail@48 ?@104 e@106 8s@108 5p@116 2x@121 Q@128 >H@136 <3B@138 =l@141 P@152, 8 bytes.
        assertThat(Particle.SIZE).isEqualTo(160);
        assertThat(Particle.PTR_OFFSET).isEqualTo(152);
        assertThat(Particle.LAYOUT.byteSize()).isEqualTo(Particle.SIZE);
        assertThat(Particle.LAYOUT.byteAlignment()).isEqualTo(8);
        assertThat(Particle.LAYOUT.byteOffset(PathElement.groupElement("trail"))).isEqualTo(Particle.TRAIL_OFFSET);
        SequenceLayout trail = (SequenceLayout) Particle.LAYOUT.select(PathElement.groupElement("trail"));
        // 28-byte elements cannot keep 8-byte alignment: the elements are unaligned, the array starts aligned.
        assertThat(trail.byteAlignment()).isEqualTo(8);
        assertThat(trail.elementLayout()).isEqualTo(Vec.LAYOUT_UNALIGNED);
    }

    public static void layoutVarHandlesSeeWhatAccessorsWrite() {
        try (Arena arena = Arena.ofConfined()) {
            Particle p = Particle.allocate(arena);
            p.port(0xBEEF).id(-2).pos(2.5);
            MemorySegment s = p.segment();
            assertThat((short) Particle.LAYOUT.varHandle(PathElement.groupElement("port")).get(s, 0L))
                    .isEqualTo((short) 0xBEEF);
            assertThat((long) Particle.LAYOUT.varHandle(PathElement.groupElement("id")).get(s, 0L)).isEqualTo(-2L);
            assertThat(s.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN), Particle.PORT_OFFSET))
                    .isEqualTo((short) 0xBEEF);
        }
    }

    public static void nestedFlyweightsAreReusedNotAllocated() {
        Particle p = fresh();
        assertThat(p.where()).isSameAs(p.where());
        Vec first = p.trail(0);
        Vec second = p.trail(1);
        assertThat(second).isSameAs(first);
        assertThat(second.offset()).isEqualTo(8 + Particle.TRAIL_OFFSET + Vec.SIZE);
        p.trail(1).xyz(2, 9.0).tag(-5);
        p.where().xyz(0, 1.0);
        assertThat(p.trail(1).xyz(2)).isEqualTo(9.0);
        assertThat(Struct.of("3di").unpackFrom(p.segment(), 8 + Particle.TRAIL_OFFSET + Vec.SIZE))
                .containsExactly(0.0, 0.0, 9.0, -5L);
        assertThat(Particle.trail(p.segment(), 8, 1).byteSize()).isEqualTo(Vec.SIZE);
    }

    public static void nestedSettersCopyRecords() {
        Particle p = fresh();
        Vec v = new Vec().wrap(MemorySegment.ofArray(Struct.of("3di").pack(1.0, 2.0, 3.0, 4)), 0);
        p.where(v).trail(0, v);
        assertThat(p.where().tag()).isEqualTo(4);
        assertThat(p.trail(0).xyz(1)).isEqualTo(2.0);
        assertThatThrownBy(() -> p.trail(2, v))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("trail: index 2 is out of bounds for length 2");
        assertThatThrownBy(() -> p.trail(-1)).hasMessage("trail: index -1 is out of bounds for length 2");
    }

    public static void arraysOfScalarsAreIndexedAndChecked() {
        Particle p = fresh();
        assertThat(p.countsLength()).isEqualTo(3);
        p.counts(0, 255).counts(2, 7);
        assertThat(p.counts(0)).isEqualTo(255);
        assertThat(Particle.counts(p.segment(), 8, 2)).isEqualTo(7);
        assertThatThrownBy(() -> p.counts(1, 256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts: 256 is out of range 0..255 of code B");
        assertThatThrownBy(() -> p.counts(3))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("counts: index 3 is out of bounds for length 3");
    }

    public static void boolReadsAnyNonZeroByteAsTrueAndWritesOne() {
        Particle p = fresh();
        p.segment().set(ValueLayout.JAVA_BYTE, 8 + Particle.ALIVE_OFFSET, (byte) 2);
        assertThat(p.alive()).isTrue();
        p.alive(true);
        assertThat(p.segment().get(ValueLayout.JAVA_BYTE, 8 + Particle.ALIVE_OFFSET)).isEqualTo((byte) 1);
        assertThat(p.alive(false).alive()).isFalse();
    }

    public static void halfFloatsRoundAndRefuseOverflowLikeCpython() {
        Particle p = fresh();
        assertThat(p.charge(1.5f).charge()).isEqualTo(1.5f);
        assertThat(p.charge(65519f).charge()).isEqualTo(65504f);
        assertThat(p.charge(Float.NEGATIVE_INFINITY).charge()).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(p.charge(Float.NaN).charge()).isNaN();
        assertThatThrownBy(() -> p.charge(65520f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("charge: 65520.0 is too large for code e (half precision, max 65504.0)");
        p.charge(-0.5f);
        assertThat(Struct.of("e").unpackFrom(p.segment(), 8 + Particle.CHARGE_OFFSET)).containsExactly(-0.5f);
    }

    /** Issue 11 #12: reading stops at the first NUL, so a string whose encoding holds one is refused. */
    public static void stringsWhoseBytesHoldANulAreRefusedBeforeWriting() {
        Particle p = fresh();
        p.nameString("ok", UTF_8);
        assertThatThrownBy(() -> p.nameString("AB", java.nio.charset.StandardCharsets.UTF_16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: the UTF-16 bytes of the string contain a NUL, where reading would stop (hint: use"
                        + " an ASCII-compatible charset such as UTF-8, and no U+0000)");
        assertThatThrownBy(() -> Particle.nameString(p.segment(), 8, "a\0b", UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name: the UTF-8 bytes of the string contain a NUL");
        assertThat(p.name().toArray(ValueLayout.JAVA_BYTE)).containsExactly('o', 'k', 0, 0, 0, 0, 0, 0);
        // Pascal strings carry their length, so NULs in them read back.
        assertThat(p.labelString("a\0b", UTF_8).labelString(UTF_8)).isEqualTo("a\0b");
    }

    public static void pascalStringsFollowCpython() {
        Particle p = fresh();
        p.labelString("abcd", UTF_8);
        assertThat(p.label().toArray(ValueLayout.JAVA_BYTE)).containsExactly(4, 'a', 'b', 'c', 'd');
        assertThat(Struct.of("5p").unpackFrom(p.segment(), 8 + Particle.LABEL_OFFSET)[0]).isEqualTo("abcd".getBytes());
        p.labelString("x", UTF_8);
        assertThat(p.label().toArray(ValueLayout.JAVA_BYTE)).containsExactly(1, 'x', 0, 0, 0);
        assertThatThrownBy(() -> p.labelString("abcde", UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label: 5 bytes in UTF-8 exceed the string's 4 bytes");
        // A length byte larger than the field is capped, as CPython reads it.
        p.label().copyFrom(MemorySegment.ofArray(new byte[] {(byte) 200, 'v', 'w', 'x', 'y'}));
        assertThat(p.labelString(ISO_8859_1)).isEqualTo("vwxy");
        assertThat(Struct.of("5p").unpackFrom(p.segment(), 8 + Particle.LABEL_OFFSET)[0]).isEqualTo("vwxy".getBytes());
    }

    public static void toStringShowsEveryField() {
        Particle p = fresh();
        p.kind((byte) 'k').id(-1).port(80).ptr(0x1000).delta(-3).nameString("n\u00e9", UTF_8).labelString("ab", UTF_8);
        p.where().tag(1);
        assertThat(p).hasToString("Particle[kind=b'k', pos=0.0, where=Vec[xyz=[0.0, 0.0, 0.0], tag=1],"
                + " trail=[Vec[xyz=[0.0, 0.0, 0.0], tag=0], Vec[xyz=[0.0, 0.0, 0.0], tag=0]], alive=false,"
                + " charge=0.0, name=b'n\\xc3\\xa9', label=b'ab', id=18446744073709551615, port=80,"
                + " counts=[0, 0, 0], delta=-3, ptr=4096]");
    }

    public static void cursorsVisitRecordsInOrder() {
        try (Arena arena = Arena.ofConfined()) {
            Vec.Cursor vs = Vec.allocateArray(arena, 4);
            for (long i = 0; i < vs.count(); i++) {
                vs.at(i).tag((int) i * 3);
            }
            StringBuilder tags = new StringBuilder();
            vs.forEach(v -> tags.append(v.tag()).append(' '));
            assertThat(tags.toString()).isEqualTo("0 3 6 9 ");
            assertThat(Struct.of("3di").iterUnpack(vs.segment()).map(row -> row[3]).toList())
                    .containsExactly(0L, 3L, 6L, 9L);
        }
    }
}
