package io.structview.examples.posix;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Linux x86-64 or AArch64 with glibc: the layouts are the C compiler's for those. */
class PosixTest {
    @Test
    void structsHaveTheCLayout() {
        long cLong = Linker.nativeLinker().canonicalLayouts().get("long").byteSize();
        assertThat(cLong).isEqualTo(8);
        assertThat(Timespec.SIZE).isEqualTo(16);
        assertThat(Timespec.ALIGNMENT).isEqualTo(8);
        assertThat(Timespec.LAYOUT.byteAlignment()).isEqualTo(8);
        assertThat(Timespec.LAYOUT.byteOffset(PathElement.groupElement("nanoseconds"))).isEqualTo(8);
        assertThat(Utsname.SIZE).isEqualTo(6 * 65);
        assertThat(Utsname.LAYOUT.byteOffset(PathElement.groupElement("machine"))).isEqualTo(4 * 65);
    }

    @Test
    void clockGettimeAgreesWithJava() {
        Instant before = Instant.now();
        Posix.Time now = Posix.clockGettime(Posix.CLOCK_REALTIME);
        Instant after = Instant.now();
        assertThat(now.nanoseconds()).isBetween(0L, 999_999_999L);
        // Java's clock is CLOCK_REALTIME too, at microsecond resolution or better.
        assertThat(now.instant()).isBetween(before.minusMillis(1), after.plusMillis(1));

        Posix.Time m1 = Posix.clockGettime(Posix.CLOCK_MONOTONIC);
        Posix.Time m2 = Posix.clockGettime(Posix.CLOCK_MONOTONIC);
        Duration d1 = Duration.ofSeconds(m1.seconds(), m1.nanoseconds());
        Duration d2 = Duration.ofSeconds(m2.seconds(), m2.nanoseconds());
        assertThat(d2).isGreaterThanOrEqualTo(d1);
    }

    @Test
    void unameAgreesWithJava() {
        Posix.Host host = Posix.uname();
        assertThat(host.sysname()).isEqualTo("Linux");
        assertThat(host.release()).isEqualTo(System.getProperty("os.version"));
        String arch = System.getProperty("os.arch");
        assertThat(host.machine()).isEqualTo(arch.equals("amd64") ? "x86_64" : arch);
        assertThat(host.nodename()).isNotEmpty().doesNotContain("\0");
        assertThat(Posix.report()).contains("struct timespec: 16 bytes, alignment 8; struct utsname: 390 bytes")
                .contains("uname: Linux " + host.release());
    }
}
