package io.structview.bench;

import static io.structview.bench.Hand.*;

import io.structview.MemoryView;
import io.structview.Struct;
import io.structview.bench.gen.Mixed;
import io.structview.bench.gen.Tick;
import io.structview.bench.sbe.MixedDecoder;
import io.structview.bench.sbe.MixedEncoder;
import io.structview.bench.sbe.TickDecoder;
import io.structview.bench.sbe.TickEncoder;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scenario 1: one record. {@code readOne} reads one field (tick: {@code price} d@12; mixed: {@code notional}
 * d@50, unaligned), {@code writeOne} writes one field (tick: {@code price}; mixed: {@code qty} i@3, unaligned),
 * {@code readAll} reads every field (numbers into the blackhole, the {@code 8s} field copied into a reused
 * {@code byte[8]}). The record sits at a non-constant offset in a small off-heap segment (shared arena); the
 * flyweight contenders (SBE, generated {@code wrap}) re-point their flyweight in every operation, as a reader of
 * a stream of records does. Method names: {@code scenario_record_contender}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class SingleRecord {
    static final int RECORDS = 16;

    Arena arena;
    MemorySegment tick;
    MemorySegment mixed;
    ByteBuffer tickHeap;
    ByteBuffer tickDirect;
    ByteBuffer mixedHeap;
    ByteBuffer mixedDirect;
    UnsafeBuffer tickSbe;
    UnsafeBuffer mixedSbe;
    final TickDecoder tickDec = new TickDecoder();
    final TickEncoder tickEnc = new TickEncoder();
    final MixedDecoder mixedDec = new MixedDecoder();
    final MixedEncoder mixedEnc = new MixedEncoder();
    final Struct tickStruct = Struct.of("<qIdd");
    final Struct mixedStruct = Struct.of("<bHiqdf?8sIhQdbBi");
    final byte[] tag = new byte[8];
    MemoryView tickView;
    MemoryView mixedView;
    long tickIndex = 5;
    long mixedIndex = 5;
    final Tick tickFw = new Tick();
    final Mixed mixedFw = new Mixed();

    /** Offsets of the record under test (record 5), in fields so the JIT cannot treat them as constants. */
    long tickOff;
    long mixedOff;
    int tickOffI;
    int mixedOffI;
    double dv = 1.5;
    int iv = 7;

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofShared();
        tick = arena.allocate(RECORDS * TICK_SIZE, 8);
        mixed = arena.allocate(RECORDS * MIXED_SIZE, 8);
        Data.fillTicks(tick, RECORDS);
        Data.fillMixed(mixed, RECORDS);
        tickHeap = ByteBuffer.wrap(tick.toArray(ValueLayout.JAVA_BYTE)).order(ByteOrder.LITTLE_ENDIAN);
        mixedHeap = ByteBuffer.wrap(mixed.toArray(ValueLayout.JAVA_BYTE)).order(ByteOrder.LITTLE_ENDIAN);
        tickDirect = tick.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        mixedDirect = mixed.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        tickSbe = new UnsafeBuffer(tick.address(), (int) tick.byteSize());
        mixedSbe = new UnsafeBuffer(mixed.address(), (int) mixed.byteSize());
        tickOff = 5 * TICK_SIZE;
        mixedOff = 5 * MIXED_SIZE;
        tickOffI = (int) tickOff;
        tickView = MemoryView.of(tick).cast("<qIdd");
        mixedView = MemoryView.of(mixed).cast("<bHiqdf?8sIhQdbBi");
        mixedOffI = (int) mixedOff;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    // ---------------------------------------------------------------- readOne: tick.price

    @Benchmark
    public double readOne_tick_hand() {
        return tick.get(TICK_PRICE, tickOff + TICK_PRICE_OFFSET);
    }

    @Benchmark
    public double readOne_tick_varHandle() {
        return (double) Fl.TICK_PRICE.get(tick, tickOff);
    }

    @Benchmark
    public double readOne_tick_bbHeap() {
        return tickHeap.getDouble(tickOffI + 12);
    }

    @Benchmark
    public double readOne_tick_bbDirect() {
        return tickDirect.getDouble(tickOffI + 12);
    }

    @Benchmark
    public double readOne_tick_sbe() {
        return tickDec.wrap(tickSbe, tickOffI, TickDecoder.BLOCK_LENGTH, TickDecoder.SCHEMA_VERSION).price();
    }

    @Benchmark
    public double readOne_tick_genWrap() {
        return tickFw.wrap(tick, tickOff).price();
    }

    @Benchmark
    public double readOne_tick_genStatic() {
        return Tick.price(tick, tickOff);
    }

    // ---------------------------------------------------------------- readOne: mixed.notional (d@50)

    @Benchmark
    public double readOne_mixed_hand() {
        return mixed.get(M_NOTIONAL, mixedOff + M_NOTIONAL_OFFSET);
    }

    @Benchmark
    public double readOne_mixed_varHandle() {
        return (double) Fl.M_NOTIONAL.get(mixed, mixedOff);
    }

    @Benchmark
    public double readOne_mixed_bbHeap() {
        return mixedHeap.getDouble(mixedOffI + 50);
    }

    @Benchmark
    public double readOne_mixed_bbDirect() {
        return mixedDirect.getDouble(mixedOffI + 50);
    }

    @Benchmark
    public double readOne_mixed_sbe() {
        return mixedDec.wrap(mixedSbe, mixedOffI, MixedDecoder.BLOCK_LENGTH, MixedDecoder.SCHEMA_VERSION)
                .notional();
    }

    @Benchmark
    public double readOne_mixed_genWrap() {
        return mixedFw.wrap(mixed, mixedOff).notional();
    }

    @Benchmark
    public double readOne_mixed_genStatic() {
        return Mixed.notional(mixed, mixedOff);
    }

    // ---------------------------------------------------------------- writeOne: tick.price

    @Benchmark
    public void writeOne_tick_hand() {
        tick.set(TICK_PRICE, tickOff + TICK_PRICE_OFFSET, dv);
    }

    @Benchmark
    public void writeOne_tick_varHandle() {
        Fl.TICK_PRICE.set(tick, tickOff, dv);
    }

    @Benchmark
    public void writeOne_tick_bbHeap() {
        tickHeap.putDouble(tickOffI + 12, dv);
    }

    @Benchmark
    public void writeOne_tick_bbDirect() {
        tickDirect.putDouble(tickOffI + 12, dv);
    }

    @Benchmark
    public void writeOne_tick_sbe() {
        tickEnc.wrap(tickSbe, tickOffI).price(dv);
    }

    @Benchmark
    public void writeOne_tick_genWrap() {
        tickFw.wrap(tick, tickOff).price(dv);
    }

    @Benchmark
    public void writeOne_tick_genStatic() {
        Tick.price(tick, tickOff, dv);
    }

    // ---------------------------------------------------------------- writeOne: mixed.qty (i@3)

    @Benchmark
    public void writeOne_mixed_hand() {
        mixed.set(M_QTY, mixedOff + M_QTY_OFFSET, iv);
    }

    @Benchmark
    public void writeOne_mixed_varHandle() {
        Fl.M_QTY.set(mixed, mixedOff, iv);
    }

    @Benchmark
    public void writeOne_mixed_bbHeap() {
        mixedHeap.putInt(mixedOffI + 3, iv);
    }

    @Benchmark
    public void writeOne_mixed_bbDirect() {
        mixedDirect.putInt(mixedOffI + 3, iv);
    }

    @Benchmark
    public void writeOne_mixed_sbe() {
        mixedEnc.wrap(mixedSbe, mixedOffI).qty(iv);
    }

    @Benchmark
    public void writeOne_mixed_genWrap() {
        mixedFw.wrap(mixed, mixedOff).qty(iv);
    }

    @Benchmark
    public void writeOne_mixed_genStatic() {
        Mixed.qty(mixed, mixedOff, iv);
    }

    // ---------------------------------------------------------------- readAll: tick

    @Benchmark
    public void readAll_tick_hand(Blackhole bh) {
        MemorySegment s = tick;
        long b = tickOff;
        bh.consume(s.get(TICK_TIMESTAMP, b + TICK_TIMESTAMP_OFFSET));
        bh.consume(Integer.toUnsignedLong(s.get(TICK_SYMBOL, b + TICK_SYMBOL_OFFSET)));
        bh.consume(s.get(TICK_PRICE, b + TICK_PRICE_OFFSET));
        bh.consume(s.get(TICK_SIZE_FIELD, b + TICK_SIZE_OFFSET));
    }

    @Benchmark
    public void readAll_tick_varHandle(Blackhole bh) {
        MemorySegment s = tick;
        long b = tickOff;
        bh.consume((long) Fl.TICK_TIMESTAMP.get(s, b));
        bh.consume(Integer.toUnsignedLong((int) Fl.TICK_SYMBOL.get(s, b)));
        bh.consume((double) Fl.TICK_PRICE.get(s, b));
        bh.consume((double) Fl.TICK_SIZE.get(s, b));
    }

    @Benchmark
    public void readAll_tick_bbHeap(Blackhole bh) {
        readAllTick(tickHeap, tickOffI, bh);
    }

    @Benchmark
    public void readAll_tick_bbDirect(Blackhole bh) {
        readAllTick(tickDirect, tickOffI, bh);
    }

    private static void readAllTick(ByteBuffer bb, int b, Blackhole bh) {
        bh.consume(bb.getLong(b));
        bh.consume(Integer.toUnsignedLong(bb.getInt(b + 8)));
        bh.consume(bb.getDouble(b + 12));
        bh.consume(bb.getDouble(b + 20));
    }

    @Benchmark
    public void readAll_tick_sbe(Blackhole bh) {
        TickDecoder d = tickDec.wrap(tickSbe, tickOffI, TickDecoder.BLOCK_LENGTH, TickDecoder.SCHEMA_VERSION);
        bh.consume(d.timestamp());
        bh.consume(d.symbol());
        bh.consume(d.price());
        bh.consume(d.size());
    }

    @Benchmark
    public void readAll_tick_genWrap(Blackhole bh) {
        Tick t = tickFw.wrap(tick, tickOff);
        bh.consume(t.timestamp());
        bh.consume(t.symbol());
        bh.consume(t.price());
        bh.consume(t.size());
    }

    @Benchmark
    public void readAll_tick_genStatic(Blackhole bh) {
        MemorySegment s = tick;
        long b = tickOff;
        bh.consume(Tick.timestamp(s, b));
        bh.consume(Tick.symbol(s, b));
        bh.consume(Tick.price(s, b));
        bh.consume(Tick.size(s, b));
    }

    @Benchmark
    public Object[] readAll_tick_structUnpackFrom() {
        return tickStruct.unpackFrom(tick, tickOff);
    }

    @Benchmark
    public Object readAll_tick_memoryView() {
        return tickView.get(tickIndex);
    }

    // ---------------------------------------------------------------- readAll: mixed

    @Benchmark
    public void readAll_mixed_hand(Blackhole bh) {
        MemorySegment s = mixed;
        long b = mixedOff;
        bh.consume(s.get(M_FLAGS, b + M_FLAGS_OFFSET));
        bh.consume(Short.toUnsignedInt(s.get(M_KIND, b + M_KIND_OFFSET)));
        bh.consume(s.get(M_QTY, b + M_QTY_OFFSET));
        bh.consume(s.get(M_ORDER_ID, b + M_ORDER_ID_OFFSET));
        bh.consume(s.get(M_PX, b + M_PX_OFFSET));
        bh.consume(s.get(M_RATIO, b + M_RATIO_OFFSET));
        bh.consume(s.get(M_ACTIVE, b + M_ACTIVE_OFFSET) != 0);
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, b + M_TAG_OFFSET, tag, 0, 8);
        bh.consume(tag);
        bh.consume(Integer.toUnsignedLong(s.get(M_SEQ, b + M_SEQ_OFFSET)));
        bh.consume(s.get(M_DELTA, b + M_DELTA_OFFSET));
        bh.consume(s.get(M_VENUE_TS, b + M_VENUE_TS_OFFSET));
        bh.consume(s.get(M_NOTIONAL, b + M_NOTIONAL_OFFSET));
        bh.consume(s.get(M_SIDE, b + M_SIDE_OFFSET));
        bh.consume(Byte.toUnsignedInt(s.get(M_LEVEL, b + M_LEVEL_OFFSET)));
        bh.consume(s.get(M_CHECKSUM, b + M_CHECKSUM_OFFSET));
    }

    @Benchmark
    public void readAll_mixed_varHandle(Blackhole bh) {
        MemorySegment s = mixed;
        long b = mixedOff;
        bh.consume((byte) Fl.M_FLAGS.get(s, b));
        bh.consume(Short.toUnsignedInt((short) Fl.M_KIND.get(s, b)));
        bh.consume((int) Fl.M_QTY.get(s, b));
        bh.consume((long) Fl.M_ORDER_ID.get(s, b));
        bh.consume((double) Fl.M_PX.get(s, b));
        bh.consume((float) Fl.M_RATIO.get(s, b));
        bh.consume((byte) Fl.M_ACTIVE.get(s, b) != 0);
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, b + Fl.M_TAG_OFFSET, tag, 0, 8);
        bh.consume(tag);
        bh.consume(Integer.toUnsignedLong((int) Fl.M_SEQ.get(s, b)));
        bh.consume((short) Fl.M_DELTA.get(s, b));
        bh.consume((long) Fl.M_VENUE_TS.get(s, b));
        bh.consume((double) Fl.M_NOTIONAL.get(s, b));
        bh.consume((byte) Fl.M_SIDE.get(s, b));
        bh.consume(Byte.toUnsignedInt((byte) Fl.M_LEVEL.get(s, b)));
        bh.consume((int) Fl.M_CHECKSUM.get(s, b));
    }

    @Benchmark
    public void readAll_mixed_bbHeap(Blackhole bh) {
        readAllMixed(mixedHeap, mixedOffI, tag, bh);
    }

    @Benchmark
    public void readAll_mixed_bbDirect(Blackhole bh) {
        readAllMixed(mixedDirect, mixedOffI, tag, bh);
    }

    private static void readAllMixed(ByteBuffer bb, int b, byte[] tag, Blackhole bh) {
        bh.consume(bb.get(b));
        bh.consume(Short.toUnsignedInt(bb.getShort(b + 1)));
        bh.consume(bb.getInt(b + 3));
        bh.consume(bb.getLong(b + 7));
        bh.consume(bb.getDouble(b + 15));
        bh.consume(bb.getFloat(b + 23));
        bh.consume(bb.get(b + 27) != 0);
        bb.get(b + 28, tag, 0, 8);
        bh.consume(tag);
        bh.consume(Integer.toUnsignedLong(bb.getInt(b + 36)));
        bh.consume(bb.getShort(b + 40));
        bh.consume(bb.getLong(b + 42));
        bh.consume(bb.getDouble(b + 50));
        bh.consume(bb.get(b + 58));
        bh.consume(Byte.toUnsignedInt(bb.get(b + 59)));
        bh.consume(bb.getInt(b + 60));
    }

    @Benchmark
    public void readAll_mixed_sbe(Blackhole bh) {
        MixedDecoder d = mixedDec.wrap(mixedSbe, mixedOffI, MixedDecoder.BLOCK_LENGTH, MixedDecoder.SCHEMA_VERSION);
        bh.consume(d.flags());
        bh.consume(d.kind());
        bh.consume(d.qty());
        bh.consume(d.orderId());
        bh.consume(d.px());
        bh.consume(d.ratio());
        bh.consume(d.active() != 0);
        d.getTag(tag, 0, 8);
        bh.consume(tag);
        bh.consume(d.seq());
        bh.consume(d.delta());
        bh.consume(d.venueTs());
        bh.consume(d.notional());
        bh.consume(d.side());
        bh.consume(d.level());
        bh.consume(d.checksum());
    }

    @Benchmark
    public void readAll_mixed_genWrap(Blackhole bh) {
        Mixed m = mixedFw.wrap(mixed, mixedOff);
        bh.consume(m.flags());
        bh.consume(m.kind());
        bh.consume(m.qty());
        bh.consume(m.orderId());
        bh.consume(m.px());
        bh.consume(m.ratio());
        bh.consume(m.active());
        m.copyTagTo(tag, 0);
        bh.consume(tag);
        bh.consume(m.seq());
        bh.consume(m.delta());
        bh.consume(m.venueTs());
        bh.consume(m.notional());
        bh.consume(m.side());
        bh.consume(m.level());
        bh.consume(m.checksum());
    }

    @Benchmark
    public void readAll_mixed_genStatic(Blackhole bh) {
        MemorySegment s = mixed;
        long b = mixedOff;
        bh.consume(Mixed.flags(s, b));
        bh.consume(Mixed.kind(s, b));
        bh.consume(Mixed.qty(s, b));
        bh.consume(Mixed.orderId(s, b));
        bh.consume(Mixed.px(s, b));
        bh.consume(Mixed.ratio(s, b));
        bh.consume(Mixed.active(s, b));
        MemorySegment.copy(Mixed.tag(s, b), ValueLayout.JAVA_BYTE, 0, tag, 0, 8);
        bh.consume(tag);
        bh.consume(Mixed.seq(s, b));
        bh.consume(Mixed.delta(s, b));
        bh.consume(Mixed.venueTs(s, b));
        bh.consume(Mixed.notional(s, b));
        bh.consume(Mixed.side(s, b));
        bh.consume(Mixed.level(s, b));
        bh.consume(Mixed.checksum(s, b));
    }

    @Benchmark
    public Object[] readAll_mixed_structUnpackFrom() {
        return mixedStruct.unpackFrom(mixed, mixedOff);
    }

    @Benchmark
    public Object readAll_mixed_memoryView() {
        return mixedView.get(mixedIndex);
    }
}
