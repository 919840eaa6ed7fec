package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pep3118Test {

    /**
     * Formats exactly as NumPy 2.4 exports them ({@code memoryview(np.zeros(n, dtype)).format}) on x86-64 Linux,
     * with the offsets and itemsize NumPy's own reader gives them; the dtype is in the comment.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // [('id','<u4'),('flags','<u2'),('coords','<f8',(3,))], zeros(1) and zeros(2) export differently
        "T{I:id:H:flags:(3)=d:coords:}|id@0:@I flags@4:@H coords@6:=3d /30",
        "T{=I:id:@H:flags:(3)=d:coords:}|id@0:=I flags@4:@H coords@6:=3d /30",
        // the same, align=True
        "T{I:id:H:flags:xx(3)d:coords:}|id@0:@I flags@4:@H pad@6:2 coords@8:@3d /32",
        // [('a','<i8',(2,3)),('b',[('x','<i4'),('y','<f8')]),('c',[('x','u1'),('y','<i2')],(2,))]
        "T{(2,3)l:a:T{i:x:=d:y:}:b:(2)T{B:x:h:y:}:c:}|a@0:@6l b@48:=RB{x@0:@i y@4:=d /12}"
                + " c@60:=2RC{x@0:=B y@1:=h /3} /66",
        "T{(2,3)=q:a:T{i:x:d:y:}:b:(2)T{B:x:h:y:}:c:}|a@0:=6q b@48:=RB{x@0:=i y@4:=d /12}"
                + " c@60:=2RC{x@0:=B y@1:=h /3} /66",
        // [('a','u1'),('b',[('x','u1'),('y','<i4')],(2,))], align=True
        "T{B:a:xxx(2)T{B:x:xxxi:y:}:b:}|a@0:@B pad@1:3 b@4:@2RB{x@0:@B pad@1:3 y@4:@i /8} /20",
        // [('a','<i4'),('b','u1')], align=True: trailing padding up to the alignment, as NumPy's itemsize
        "T{i:a:B:b:}|a@0:@i b@4:@B pad@5:3 /8",
        // [('a','>i2'),('b','<i2'),('c','S5'),('d','?'),('e','<f2'),('f','V3'),('g','>f4')]
        "T{>h:a:@h:b:5s:c:?:d:e:e:3x:f:>f:g:}|a@0:>h b@2:@h c@4:@5s d@9:@? e@10:@e f@12:@3s g@15:>f /19",
        "T{>h:a:=h:b:5s:c:?:d:e:e:3x:f:>f:g:}|a@0:>h b@2:=h c@4:=5s d@9:=? e@10:=e f@12:=3s g@15:>f /19",
        // [('hdr',[('magic','S4'),('ver','<u2')]),('n','<u8')], align=True
        "T{T{4s:magic:H:ver:}:hdr:xxL:n:}|hdr@0:@RHdr{magic@0:@4s ver@4:@H /6} pad@6:2 n@8:@L /16",
    })
    void readsNumpyExportsWithNumpysOffsets(String format, String layout) {
        assertThat(Layouts.of(Pep3118.parse("R", format))).isEqualTo(layout);
    }

    @Test
    void readsTheWavHeaderAsNumpyExportsIt() {
        String numpy = "T{4s:riff:I:chunkSize:4s:wave:4s:fmt:I:fmtSize:H:audioFormat:H:channels:I:sampleRate:"
                + "I:byteRate:H:blockAlign:H:bitsPerSample:4s:data:I:dataSize:}";
        Record wav = Pep3118.parse("WavHeader", numpy);
        assertThat(wav).isEqualTo(Record.ofFormat("WavHeader", "@4sI4s4sIHHIIHH4sI", "riff", "chunkSize", "wave",
                "fmt", "fmtSize", "audioFormat", "channels", "sampleRate", "byteRate", "blockAlign",
                "bitsPerSample", "data", "dataSize"));
        assertThat(wav.size()).isEqualTo(44);
    }

    @Test
    void equalsTheStructFormatRecordWithSpacesAndOrderCharsAnywhere() {
        Record expected = Record.ofFormat("Sample", "<IH3d", "id", "flags", "coords");
        assertThat(Pep3118.parse("Sample", "T{<I:id: H:flags: (3)d:coords:}")).isEqualTo(expected);
        assertThat(Pep3118.parse("Sample", "<T{I:id:H:flags:(3)d:coords:}")).isEqualTo(expected);
        assertThat(Pep3118.parse("Sample", "<I:id:H:flags:(3)<d:coords:")).isEqualTo(expected);
        assertThat(Pep3118.parse("Sample", " T{ <I:id:\n<H :flags: (3)<<d:coords: } ")).isEqualTo(expected);
        assertThat(Pep3118.parse("Sample", "T{<I:id:H:flags:3d:coords:}")).isEqualTo(expected);
    }

    @Test
    void shapesFlattenAndStateCarriesAcrossNesting() {
        assertThat(Layouts.of(Pep3118.parse("R", "T{<(2, 3)2h:m:}"))).isEqualTo("m@0:<12h /24");
        assertThat(Layouts.of(Pep3118.parse("R", "T{(1)i:a:1i:b:i:c:}"))).isEqualTo("a@0:@1i b@4:@1i c@8:@i /12");
        // NumPy: the byte order in force after a nested struct's '}' decides whether it is aligned
        assertThat(Layouts.of(Pep3118.parse("R", "T{b:a:T{=i:x:}:s:}"))).isEqualTo("a@0:@b s@1:=RS{x@0:=i /4} /5");
        assertThat(Layouts.of(Pep3118.parse("R", "T{b:a:T{i:x:}:s:}")))
                .isEqualTo("a@0:@b s@4:@RS{x@0:@i /4} /8");
        assertThat(Layouts.of(Pep3118.parse("R", "T{i:a:^l:b:!H:c:}"))).isEqualTo("a@0:@i b@4:=q c@12:!H /14");
        assertThat(Layouts.of(Pep3118.parse("R", "T{3c:a:0s:b:2p:c:}"))).isEqualTo("a@0:@3c b@3:@0s c@3:@2p /5");
        assertThat(Layouts.of(Pep3118.parse("R", "T{}"))).isEqualTo("/0");
        assertThat(Layouts.of(Pep3118.parse("R", "T{<2T{b:x:}:a:}"))).isEqualTo("a@0:<2RA{x@0:<b /1} /2");
    }

    @Test
    void namesNestedRecordsAfterRecordAndField() {
        Record r = Pep3118.parse("Packet", "T{<T{H:port:T{4B:octets:}:addr:}:src: T{b:x:}:b: T{b:y:}:B:}");
        assertThat(r.dependencies()).extracting(Record::name)
                .containsExactly("PacketSrcAddr", "PacketSrc", "PacketB", "PacketB2");
        assertThat(Layouts.of(r)).isEqualTo("src@0:<PacketSrc{port@0:<H addr@2:<PacketSrcAddr{octets@0:<4B /4} /6}"
                + " b@6:<PacketB{x@0:<b /1} B@7:<PacketB2{y@0:<b /1} /8");
    }

    @Test
    void recordsWhereEachRecordAndFieldWasDeclared() {
        Record r = Pep3118.parse("R", "T{i:a:T{h:b:}:c:}", p -> new Location("f.yaml", 3, 10 + p));
        assertThat(r.location()).contains(new Location("f.yaml", 3, 10));
        assertThat(r.member("a").orElseThrow().location()).contains(new Location("f.yaml", 3, 14));
        Member c = r.member("c").orElseThrow();
        assertThat(c.location()).contains(new Location("f.yaml", 3, 24));
        assertThat(c.record().location()).contains(new Location("f.yaml", 3, 16));
        assertThat(c.record().member("b").orElseThrow().location()).contains(new Location("f.yaml", 3, 20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "T{i:a:g:b:}|6|long double 'g' is not supported: 'g' at position 6",
        "T{Zd:a:}|2|complex 'Z' is not supported: 'Z' at position 2",
        "T{3w:a:}|3|UCS-4 string 'w' is not supported: 'w' at position 3",
        "T{O:a:}|2|Python object 'O' is not supported: 'O' at position 2",
        "T{i:a:y:b:}|6|bad char in PEP 3118 format: 'y' at position 6",
        "T{i:a:|0|'T{' is never closed with '}': 'T' at position 0",
        "T{i:a:}}|7|'}' without a matching 'T{': '}' at position 7",
        "T{i:a:i}|6|field has no name (write it after the type, as in 'i:count:'): 'i' at position 6",
        "T{i:a:i:b}|7|field name is never closed with ':': ':' at position 7",
        "T{i:a:i:a:}|8|duplicate field name 'a': 'a' at position 8",
        "T{i:class:}|4|field name 'class' is a Java keyword (rename it, e.g. 'classValue'): 'c' at position 4",
        "T{i:my field:}|6|field name 'my field' is not a valid Java identifier (character ' ' at index 2 is not"
                + " allowed; use letters, digits, '_' or '$', not starting with a digit): ' ' at position 6",
        "T{(2)5s:a:}|2|arrays of strings are not supported: '(' at position 2",
        "T{(2,x)i:a:}|5|expected a dimension (a number) in the shape: 'x' at position 5",
        "T{(2;3)i:a:}|4|expected ',' or ')' in the shape: ';' at position 4",
        "T{(2|2|'(' is never closed with ')': '(' at position 2",
        "T{i:a:12|6|repeat count given without format specifier: '1' at position 6",
        "T{<n:a:}|3|'n' is only valid in native mode ('@' or '^'): 'n' at position 3",
        "T{99999999999999999999i:a:}|2|repeat count too large: '9' at position 2",
        "T{(4294967296,4294967296)i:a:}|14|array too large (its length overflows a 63-bit count): '4' at position 14",
    })
    void errorsNameTheOffendingCharacterAndPosition(String format, int position, String message) {
        assertThatThrownBy(() -> Pep3118.parse("R", format))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((FormatException) e).position()).hasValue(position));
    }

    @Test
    void nestingDepthIsLimited() {
        String deep = "T{".repeat(Pep3118.MAX_DEPTH + 2) + "}".repeat(Pep3118.MAX_DEPTH + 2);
        assertThatThrownBy(() -> Pep3118.parse("R", deep))
                .hasMessageStartingWith("structs nested more than 32 levels deep: 'T' at position 64");
        String ok = "T{" + "T{".repeat(Pep3118.MAX_DEPTH - 1) + "b:x:" + "}:a:".repeat(Pep3118.MAX_DEPTH - 1) + "}";
        assertThat(Pep3118.parse("R", ok).size()).isEqualTo(1);
    }

    @Test
    void detectsPep3118Syntax() {
        assertThat(Pep3118.isPep3118("T{i:a:}")).isTrue();
        assertThat(Pep3118.isPep3118("i:a:")).isTrue();
        assertThat(Pep3118.isPep3118("<4sI")).isFalse();
    }
}
