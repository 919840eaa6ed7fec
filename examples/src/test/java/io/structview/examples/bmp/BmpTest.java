package io.structview.examples.bmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.structview.examples.Data;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scene.bmp was written by netpbm's ppmtobmp; the expected numbers come from its source PPM (tools/scene_ppm.py). */
class BmpTest {
    @TempDir
    Path dir;

    @Test
    void histogramOfTheNetpbmScene() throws Exception {
        Bmp.Image image = Bmp.read(Data.bundled("scene.bmp", dir));
        assertThat(image.width()).isEqualTo(61);
        assertThat(image.height()).isEqualTo(40);
        assertThat(image.bottomUp()).isTrue();
        assertThat(image.rowStride()).isEqualTo(184); // 61 * 3 = 183, padded to 184
        assertThat(image.topLeft()).containsExactly(40, 100, 255); // sky, so rows were read bottom-up
        for (long[] channel : image.histogram()) {
            assertThat(Arrays.stream(channel).sum()).isEqualTo(61 * 40);
        }
        assertThat(image.mean(0)).isCloseTo(71.0688524590164, within(1e-12));
        assertThat(image.mean(1)).isCloseTo(138.422131147541, within(1e-12));
        assertThat(image.mean(2)).isCloseTo(114.56393442622951, within(1e-12));
        assertThat(new int[] {image.mode(0), image.mode(1), image.mode(2)}).containsExactly(30, 30, 20);
        assertThat(new long[] {image.histogram()[0][30], image.histogram()[1][30], image.histogram()[2][20]})
                .containsExactly(1100, 216, 1100);
        assertThat(new int[] {image.distinct(0), image.distinct(1), image.distinct(2)}).containsExactly(23, 46, 23);
        assertThat(image.histogram()[0][255]).isEqualTo(8 * 8); // the sun
        assertThat(image.histogram()[0][200]).isEqualTo(12 * 18); // the house
        assertThat(image.report()).startsWith("61 x 40, 24-bit, bottom-up, rows of 183 bytes padded to 184; "
                + "top-left pixel rgb(40, 100, 255)");
    }

    /** The same picture stored top-down (negative height, rows reversed) gives the same answers. */
    @Test
    void topDownRows() throws Exception {
        byte[] bmp = Files.readAllBytes(Data.bundled("scene.bmp", dir));
        byte[] flipped = bmp.clone();
        int offset = 54;
        int stride = 184;
        for (int row = 0; row < 40; row++) {
            System.arraycopy(bmp, offset + row * stride, flipped, offset + (39 - row) * stride, stride);
        }
        ByteBuffer.wrap(flipped).order(ByteOrder.LITTLE_ENDIAN).putInt(22, -40);

        Bmp.Image upright = Bmp.read(MemorySegment.ofArray(bmp));
        Bmp.Image topDown = Bmp.read(MemorySegment.ofArray(flipped));
        assertThat(topDown.bottomUp()).isFalse();
        assertThat(topDown.height()).isEqualTo(40);
        assertThat(topDown.topLeft()).isEqualTo(upright.topLeft());
        assertThat(topDown.histogram()).isDeepEqualTo(upright.histogram());
    }

    @Test
    void rejectsOtherBitmaps() throws Exception {
        byte[] bmp = Files.readAllBytes(Data.bundled("scene.bmp", dir));
        byte[] notBmp = bmp.clone();
        notBmp[0] = 'X';
        assertThatThrownBy(() -> Bmp.read(MemorySegment.ofArray(notBmp))).hasMessageContaining("'BM'");
        byte[] eightBit = bmp.clone();
        eightBit[28] = 8;
        assertThatThrownBy(() -> Bmp.read(MemorySegment.ofArray(eightBit))).hasMessageContaining("not 8-bit");
        byte[] truncated = Arrays.copyOf(bmp, bmp.length - 1);
        assertThatThrownBy(() -> Bmp.read(MemorySegment.ofArray(truncated))).hasMessageContaining("past the end");
    }
}
