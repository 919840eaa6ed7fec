package io.structview.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordOfFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // format | names | layout
        "<b3xi    | a b       | a@0:<b pad@1:3 b@4:<i /8",
        "bi       | a b       | a@0:@b b@4:@i /8",
        "<4s2p    | tag len   | tag@0:<4s len@4:<2p /6",
        "<3i      | v         | v@0:<3i /12",
        "<3i      | a b c     | a@0:<i b@4:<i c@8:<i /12",
        "<1i      | v         | v@0:<1i /4",
        "<i0s     | a b       | a@0:<i b@4:<0s /4",
        "c0i      | a b       | a@0:@c b@4:@0i /4",
        "c0ic     | a b       | a@0:@c pad@1:3 b@4:@c /5",
        "<2h3x2h  | a b c d   | a@0:<h b@2:<h pad@4:3 c@7:<h d@9:<h /11",
        "=xx2x0xH | v         | pad@0:4 v@4:=H /6",
        "'>? e'   | ok half   | ok@0:>? half@1:>e /3",
    })
    void namesMatchCodesOrValues(String format, String names, String layout) {
        Record r = Record.ofFormat("R", format, List.of(names.split(" ")));
        assertThat(Layouts.of(r)).isEqualTo(layout);
        assertThat(r.size()).isEqualTo(Format.parse(format).size());
    }

    @Test
    void formatWithoutValuesTakesNoNames() {
        assertThat(Layouts.of(Record.ofFormat("R", "<4x"))).isEqualTo("pad@0:4 /4");
        assertThat(Layouts.of(Record.ofFormat("R", ""))).isEqualTo("/0");
    }

    @Test
    void wrongNumberOfNamesSaysHowManyValuesAndCodes() {
        assertThatThrownBy(() -> Record.ofFormat("Wav", "<4sI3H", "riff", "size"))
                .isInstanceOf(FormatException.class)
                .hasMessage("record 'Wav': 2 field names given, but format \"<4sI3H\" has 5 values in 3 codes"
                        + " (give one name per value, or one per code so that a count-prefixed code such as 3i is"
                        + " an array; pad bytes 'x' take no name)");
    }

    @Test
    void badNamesAndFormatsAreRejected() {
        assertThatThrownBy(() -> Record.ofFormat("R", "<ii", "a", "a"))
                .hasMessage("record 'R': duplicate field name 'a'");
        assertThatThrownBy(() -> Record.ofFormat("R", "<ii", "a", "class"))
                .hasMessage("record 'R': field name 'class' is a Java keyword (rename it, e.g. 'classValue')");
        assertThatThrownBy(() -> Record.ofFormat("R", "<iy", "a", "b"))
                .isInstanceOf(FormatException.class)
                .hasMessage("bad char in struct format: 'y' at position 2 in format \"<iy\"")
                .satisfies(e -> assertThat(((FormatException) e).position()).hasValue(2));
        assertThatThrownBy(() -> Record.ofFormat("int", "<i", "a"))
                .hasMessage("record name 'int' is a Java keyword (rename it, e.g. 'intValue')");
    }

    /**
     * Pins the rule that a record made from a format has the offsets and size {@link Format#parse} gives, over
     * random formats in every mode, in both readings (one name per code and one per value).
     */
    @Test
    void offsetsEqualFormatParseForRandomFormats() {
        Random random = new Random(3118);
        String codes = "xcbB?hHiIlLqQnNefdspP";
        for (int run = 0; run < 3000; run++) {
            Mode mode = Mode.values()[random.nextInt(Mode.values().length)];
            StringBuilder sb = new StringBuilder();
            if (mode != Mode.NATIVE || random.nextBoolean()) {
                sb.append(mode.prefix());
            }
            int items = random.nextInt(8);
            for (int i = 0; i < items; i++) {
                char c = codes.charAt(random.nextInt(codes.length()));
                if (!FormatCode.of(c).validIn(mode)) {
                    continue;
                }
                if (random.nextInt(3) == 0) {
                    sb.append(random.nextInt(5));
                }
                sb.append(c);
            }
            String format = sb.toString();
            Format f = Format.parse(format);

            List<String> perCode = new ArrayList<>();
            List<String> perValue = new ArrayList<>();
            for (Field field : f.fields()) {
                if (field.code().hasValue()) {
                    perCode.add("c" + perCode.size());
                    for (long v = 0; v < field.values(); v++) {
                        perValue.add("v" + perValue.size());
                    }
                }
            }
            Record byCode = Record.ofFormat("R", format, perCode);
            assertThat(byCode.size()).as(format).isEqualTo(f.size());
            int k = 0;
            for (Field field : f.fields()) {
                if (field.code().hasValue()) {
                    Member m = byCode.member("c" + k++).orElseThrow();
                    assertThat(m.offset()).as(format).isEqualTo(field.offset());
                    assertThat(m.byteSize()).as(format).isEqualTo(field.byteSize());
                    assertThat(m.code()).isEqualTo(field.code());
                    assertThat(m.mode()).isEqualTo(f.mode());
                }
            }
            if (perValue.size() != perCode.size()) {
                Record byValue = Record.ofFormat("R", format, perValue);
                assertThat(byValue.size()).as(format).isEqualTo(f.size());
                int v = 0;
                for (Field field : f.fields()) {
                    for (long i = 0; i < field.values(); i++) {
                        long expected = field.offset() + (field.code().countIsLength() ? 0 : i * field.itemSize());
                        assertThat(byValue.member("v" + v++).orElseThrow().offset()).as(format).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
