package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RecordBuilderTest {

    @Test
    void typedMethodsUseTheirCodesAndTheCurrentMode() {
        Record r = Record.builder("All").littleEndian()
                .i8("a").u8("b").i16("c").u16("d").i32("e").u32("f").i64("g").u64("h")
                .f16("i").f32("j").f64("k").bool("l").chr("m").bytes("n", 3).pascal("o", 4).pad(2)
                .array("p", FormatCode.DOUBLE, 2).scalar("q", FormatCode.LONG)
                .build();
        assertThat(Layouts.of(r)).isEqualTo("a@0:<b b@1:<B c@2:<h d@4:<H e@6:<i f@10:<I g@14:<q h@22:<Q"
                + " i@30:<e j@32:<f k@36:<d l@44:<? m@45:<c n@46:<3s o@49:<4p pad@53:2 p@55:<2d q@71:<l /75");
        assertThat(r).isEqualTo(Record.ofFormat("All", "<bBhHiIqQefd?c3s4p2x2dl",
                "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"));
    }

    @Test
    void modeSwitchesApplyToLaterMembers() {
        Record r = Record.builder("Mixed").u8("a").i32("b").bigEndian().u16("c").nativeOrder().u16("d")
                .networkOrder().u16("e").nativeAligned().i64("f").littleEndian().i64("g").build();
        assertThat(Layouts.of(r)).isEqualTo("a@0:@B b@4:@i c@8:>H d@10:=H e@12:!H f@16:@q g@24:<q /32");
        assertThat(r.alignment()).isEqualTo(8);
    }

    @Test
    void nestedRecordsInlineOrByReference() {
        Record point = Record.builder("Point").littleEndian().i32("x").i32("y").build();
        Record line = Record.builder("Line").littleEndian()
                .record("from", point).withDoc("start")
                .recordArray("via", point, 2)
                .record("tag", "LineTag", t -> t.u8("kind").bytes("text", 3))
                .build();
        assertThat(Layouts.of(line)).isEqualTo("from@0:<Point{x@0:<i y@4:<i /8} via@8:<2Point{x@0:<i y@4:<i /8}"
                + " tag@24:<LineTag{kind@0:<B text@1:<3s /4} /28");
        assertThat(line.member("from").orElseThrow().doc()).isEqualTo("start");
        assertThat(line.dependencies()).extracting(Record::name).containsExactly("Point", "LineTag");
    }

    @Test
    void nativeNestedRecordsAreAlignedToTheirAlignment() {
        Record inner = Record.builder("Inner").u8("a").f64("b").build();
        Record outer = Record.builder("Outer").u8("c").record("in", inner).build();
        assertThat(Layouts.of(outer)).isEqualTo("c@0:@B in@8:@Inner{a@0:@B b@8:@d /16} /24");
    }

    /** Each record nests the previous one twice: walking or hashing without sharing would take 2^60 steps. */
    @Test
    @Timeout(10)
    void sharedNestedRecordsAreWalkedOnce() {
        Record r = Record.builder("R0").u8("x").build();
        Record same = r;
        for (int i = 1; i <= 60; i++) {
            r = Record.builder("R" + i).record("a", r).record("b", r).build();
            same = Record.builder("R" + i).record("a", same).record("b", same).build();
        }
        assertThat(r.dependencies()).hasSize(60);
        assertThat(r.hashCode()).isEqualTo(same.hashCode());
        assertThat(r).isEqualTo(same);
        assertThat(Schema.builder("p").add(r).build().records()).hasSize(61);
        assertThat(r.size()).isEqualTo(1L << 60);
    }

    @Test
    void docsAndEquality() {
        Record a = Record.builder("P").doc("a point").i32("x").withDoc("across").i32("y").build();
        Record b = Record.builder("P").doc("a point").i32("x").withDoc("across").i32("y").build();
        Record c = Record.builder("P").doc("a point").i32("x").i32("y").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.member("x").orElseThrow().doc()).isEqualTo("across");
        assertThat(Record.builder("P").littleEndian().pad(1).i32("x").build())
                .isEqualTo(Record.builder("P").pad(1).littleEndian().i32("x").build());
        assertThat(Record.builder("P").littleEndian().i32("x").build())
                .isNotEqualTo(Record.builder("P").bigEndian().i32("x").build());
        assertThatThrownBy(() -> Record.builder("P").withDoc("nothing yet"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesAreCheckedWhenAdded() {
        assertThatThrownBy(() -> Record.builder("P").i32("x").i32("x"))
                .isInstanceOf(FormatException.class).hasMessage("record 'P': duplicate field name 'x'");
        assertThatThrownBy(() -> Record.builder("P").i32("2x"))
                .hasMessage("record 'P': field name '2x' is not a valid Java identifier"
                        + " (an identifier cannot start with a digit; e.g. '_2x')");
        assertThatThrownBy(() -> Record.builder("P").i32("hashCode"))
                .hasMessage("record 'P': field name 'hashCode' clashes with java.lang.Object.hashCode()"
                        + " (its getter would collide with that method; rename it, e.g. 'hashCodeValue')");
        assertThatThrownBy(() -> Record.builder("record"))
                .hasMessage("record name 'record' is a restricted identifier in Java"
                        + " (it cannot name a class; rename it, e.g. 'Record')");
        assertThatThrownBy(() -> Record.builder("P").scalar("s", FormatCode.STRING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Record.builder("P").littleEndian().scalar("n", FormatCode.SSIZE_T))
                .hasMessage("member 'n': 'n' is only valid in native mode");
    }
}
