package io.structview.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.structview.MemoryView;
import io.structview.Struct;
import io.structview.bench.gen.Mixed;
import io.structview.bench.gen.Tick;
import io.structview.bench.sbe.MixedDecoder;
import io.structview.bench.sbe.TickDecoder;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Fast checks that every contender reads the same values from the same bytes (no benchmark runs here). */
class DataTest {

    @Test
    void bytesMatchThePythonScript() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment t = a.allocate(1000 * Hand.TICK_SIZE);
            Data.fillTicks(t, 1000);
            assertThat(Data.crc32(t)).isEqualTo(Data.TICK_CRC_1000);
            MemorySegment m = a.allocate(1000 * Hand.MIXED_SIZE);
            Data.fillMixed(m, 1000);
            assertThat(Data.crc32(m)).isEqualTo(Data.MIXED_CRC_1000);
        }
    }

    @Test
    void layoutsAgreeWithStructAndSbe() {
        assertThat(Fl.TICK.byteSize()).isEqualTo(Hand.TICK_SIZE).isEqualTo(Struct.of("<qIdd").size())
                .isEqualTo(TickDecoder.BLOCK_LENGTH);
        assertThat(Fl.MIXED.byteSize()).isEqualTo(Hand.MIXED_SIZE)
                .isEqualTo(Struct.of("<bHiqdf?8sIhQdbBi").size()).isEqualTo(MixedDecoder.BLOCK_LENGTH);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment m = a.allocate(16 * Hand.MIXED_SIZE);
            Data.fillMixed(m, 16);
            long b = 5 * Hand.MIXED_SIZE;
            Object[] v = Struct.of("<bHiqdf?8sIhQdbBi").unpackFrom(m, b);
            MixedDecoder d = new MixedDecoder().wrap(new UnsafeBuffer(m.address(), (int) m.byteSize()), (int) b,
                    MixedDecoder.BLOCK_LENGTH, MixedDecoder.SCHEMA_VERSION);
            assertThat(v[1]).isEqualTo((long) d.kind()).isEqualTo(5L);
            assertThat(v[2]).isEqualTo((long) d.qty()).isEqualTo((long) (int) Fl.M_QTY.get(m, b));
            assertThat(v[4]).isEqualTo(d.px());
            assertThat(v[6]).isEqualTo(d.active() != 0);
            assertThat(v[7]).isEqualTo("T0000005".getBytes());
            assertThat(v[10]).isEqualTo(d.venueTs()).isEqualTo(m.get(Hand.M_VENUE_TS, b + Hand.M_VENUE_TS_OFFSET));
            assertThat(v[11]).isEqualTo(d.notional()).isEqualTo((double) Fl.M_NOTIONAL.get(m, b));
            assertThat(v[14]).isEqualTo((long) d.checksum());
        }
    }

    @Test
    void generatedAccessorsReadTheSameValues() {
        assertThat(Tick.SIZE).isEqualTo(Hand.TICK_SIZE);
        assertThat(Mixed.SIZE).isEqualTo(Hand.MIXED_SIZE);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment t = a.allocate(16 * Hand.TICK_SIZE);
            Data.fillTicks(t, 16);
            long b = 5 * Hand.TICK_SIZE;
            Object[] v = Struct.of("<qIdd").unpackFrom(t, b);
            Tick fw = new Tick().wrap(t, b);
            assertThat(new Object[] {fw.timestamp(), fw.symbol(), fw.price(), fw.size()}).isEqualTo(v);
            assertThat(Tick.price(t, b)).isEqualTo(fw.price());
            assertThat((Object[]) MemoryView.of(t).cast("<qIdd").get(5)).isEqualTo(v);
            MemorySegment m = a.allocate(16 * Hand.MIXED_SIZE);
            Data.fillMixed(m, 16);
            long mb = 5 * Hand.MIXED_SIZE;
            Object[] w = Struct.of("<bHiqdf?8sIhQdbBi").unpackFrom(m, mb);
            Mixed mx = new Mixed().wrap(m, mb);
            assertThat((long) mx.qty()).isEqualTo(w[2]);
            assertThat(mx.notional()).isEqualTo(w[11]).isEqualTo(Mixed.notional(m, mb));
            assertThat(mx.tag().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)).isEqualTo((byte[]) w[7]);
            assertThat(mx.active()).isEqualTo(w[6]);
            assertThat(mx.venueTs()).isEqualTo(w[10]);
        }
    }
}
