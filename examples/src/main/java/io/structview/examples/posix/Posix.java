package io.structview.examples.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Calls C library functions through the FFM {@link Linker} with structs declared in {@code posix.yaml} in native
 * mode ({@code @}), so that {@link Timespec} and {@link Utsname} have the sizes, offsets and alignment the C
 * compiler gives {@code struct timespec} and {@code struct utsname} on Linux x86-64.
 *
 * <p>The JVM needs {@code --enable-native-access=ALL-UNNAMED} (the tour and the tests pass it) to call native
 * code without a warning.
 */
public final class Posix {
    private Posix() {}

    /** {@code CLOCK_REALTIME} from {@code <time.h>}: wall-clock time. */
    public static final int CLOCK_REALTIME = 0;
    /** {@code CLOCK_MONOTONIC} from {@code <time.h>}: time since an arbitrary start, never going back. */
    public static final int CLOCK_MONOTONIC = 1;

    private static final Linker LINKER = Linker.nativeLinker();

    /** {@code int clock_gettime(clockid_t clock, struct timespec *tp)}. */
    @SuppressWarnings("restricted") // native access: the JVM runs with --enable-native-access=ALL-UNNAMED
    private static final MethodHandle CLOCK_GETTIME = LINKER.downcallHandle(
            LINKER.defaultLookup().find("clock_gettime").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    /** {@code int uname(struct utsname *buf)}. */
    @SuppressWarnings("restricted")
    private static final MethodHandle UNAME = LINKER.downcallHandle(
            LINKER.defaultLookup().find("uname").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    /**
     * A {@code struct timespec} as {@code clock_gettime} filled it.
     *
     * @param seconds whole seconds
     * @param nanoseconds 0 to 999,999,999
     */
    public record Time(long seconds, long nanoseconds) {
        /** As an {@link Instant}, for {@code CLOCK_REALTIME}. */
        public Instant instant() {
            return Instant.ofEpochSecond(seconds, nanoseconds);
        }
    }

    /**
     * Calls {@code clock_gettime}.
     *
     * @param clock {@link #CLOCK_REALTIME} or {@link #CLOCK_MONOTONIC}
     * @return the clock's time
     */
    public static Time clockGettime(int clock) {
        try (Arena arena = Arena.ofConfined()) {
            // Timespec.LAYOUT carries the C alignment (8), so the buffer is aligned as C expects.
            MemorySegment buffer = arena.allocate(Timespec.LAYOUT);
            int rc = (int) CLOCK_GETTIME.invokeExact(clock, buffer);
            if (rc != 0) {
                throw new IllegalStateException("clock_gettime(" + clock + ") returned " + rc);
            }
            Timespec ts = new Timespec().wrap(buffer, 0);
            return new Time(ts.seconds(), ts.nanoseconds());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * A {@code struct utsname} as {@code uname} filled it; each field is a NUL-terminated string in a 65-byte
     * array.
     *
     * @param sysname the kernel's name
     * @param nodename the host name
     * @param release the kernel release
     * @param version the kernel version
     * @param machine the hardware
     * @param domainname the NIS domain (a GNU extension)
     */
    public record Host(String sysname, String nodename, String release, String version, String machine,
            String domainname) {}

    /**
     * Calls {@code uname}.
     *
     * @return what the kernel says about itself
     */
    public static Host uname() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(Utsname.LAYOUT);
            int rc = (int) UNAME.invokeExact(buffer);
            if (rc != 0) {
                throw new IllegalStateException("uname returned " + rc);
            }
            Utsname u = new Utsname().wrap(buffer, 0);
            return new Host(u.sysnameString(StandardCharsets.UTF_8), u.nodenameString(StandardCharsets.UTF_8),
                    u.releaseString(StandardCharsets.UTF_8), u.versionString(StandardCharsets.UTF_8),
                    u.machineString(StandardCharsets.UTF_8), u.domainnameString(StandardCharsets.UTF_8));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The tour's report: both calls, with the struct layouts used. */
    public static String report() {
        clockGettime(CLOCK_REALTIME); // the first call links the downcall and loads classes: keep it out of the comparison
        Time realtime = clockGettime(CLOCK_REALTIME);
        Instant java = Instant.now();
        Time monotonic = clockGettime(CLOCK_MONOTONIC);
        Host sys = uname();
        return String.format(Locale.ROOT,
                "struct timespec: %d bytes, alignment %d; struct utsname: %d bytes%n"
                        + "   clock_gettime(CLOCK_REALTIME)  = %d.%09d s = %s (Instant.now() %+.3f ms later)%n"
                        + "   clock_gettime(CLOCK_MONOTONIC) = %d.%09d s%n"
                        + "   uname: %s %s %s on %s",
                Timespec.SIZE, Timespec.ALIGNMENT, Utsname.SIZE, realtime.seconds(), realtime.nanoseconds(),
                realtime.instant(), Duration.between(realtime.instant(), java).toNanos() / 1e6,
                monotonic.seconds(), monotonic.nanoseconds(), sys.sysname(), sys.release(), sys.machine(),
                sys.nodename());
    }
}
