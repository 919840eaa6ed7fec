package io.structview.codegen;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs a property over seeded random tries, as a plain JUnit 5 test: the project's replacement for jqwik. Each run
 * draws a fresh seed (so that CI keeps exploring, as jqwik did), unless {@code -Dstructview.seed=N} fixes it; a
 * failure names the property, the seed, the try and the values drawn, and rerunning with that seed replays it.
 */
public final class SeededTries {
    /** The system property that fixes the seed of every property in the run. */
    public static final String SEED_PROPERTY = "structview.seed";

    /** jqwik's default: at most five discarded tries (by {@link Trial#assume}) per checked one. */
    private static final int MAX_DISCARD_RATIO = 5;

    private SeededTries() {}

    /** One property: a check of the values it draws from its trial. */
    @FunctionalInterface
    public interface Property {
        void check(Trial trial) throws Exception;
    }

    /** The inputs of one try: its random source and the values drawn so far, for the failure report. */
    public static final class Trial {
        private final Random random;
        private final List<String> drawn = new ArrayList<>();

        private Trial(long seed) {
            this.random = new Random(seed);
        }

        /** {@return the random source of this try} */
        public Random random() {
            return random;
        }

        /** Records a drawn value so that a failure reports it; {@return the value} */
        public <T> T draw(String name, T value) {
            drawn.add(name + " = " + describe(value));
            return value;
        }

        /** Discards this try unless {@code condition} holds, as jqwik's {@code Assume.that}. */
        public void assume(boolean condition) {
            if (!condition) {
                throw new Discarded();
            }
        }
    }

    private static final class Discarded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Discarded() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code property} {@code tries} times (discarded tries count, as in jqwik).
     *
     * @throws AssertionError naming the seed, the try and the drawn values when a try fails, or when too many tries
     *     were discarded
     */
    public static void run(String name, int tries, Property property) {
        String fixed = System.getProperty(SEED_PROPERTY);
        long seed = fixed != null ? Long.parseLong(fixed.trim()) : new SecureRandom().nextLong();
        Random seeds = new Random(seed);
        int checked = 0;
        for (int i = 1; i <= tries; i++) {
            Trial trial = new Trial(seeds.nextLong());
            try {
                property.check(trial);
                checked++;
            } catch (Discarded e) {
                // not a check; counted as a try
            } catch (Throwable e) {
                throw new AssertionError(String.format("property %s failed at try %d of %d, seed %d"
                        + " (rerun with -D%s=%d)%n  drawn: %s%n  %s", name, i, tries, seed, SEED_PROPERTY, seed,
                        trial.drawn.isEmpty() ? "(nothing)" : String.join("\n         ", trial.drawn), e), e);
            }
        }
        int discarded = tries - checked;
        if (checked == 0 || discarded > MAX_DISCARD_RATIO * checked) {
            throw new AssertionError(String.format("property %s: %d of %d tries discarded, seed %d", name, discarded,
                    tries, seed));
        }
    }

    /** {@return an int in {@code [min, max]}, one time in ten an end of the range (jqwik's edge cases)} */
    public static int intBetween(Random random, int min, int max) {
        return (int) longBetween(random, min, max);
    }

    /** {@return a long in {@code [min, max]}, one time in ten an end of the range} */
    public static long longBetween(Random random, long min, long max) {
        int edge = random.nextInt(20);
        if (edge == 0) {
            return min;
        } else if (edge == 1) {
            return max;
        }
        return bigBetween(random, BigInteger.valueOf(min), BigInteger.valueOf(max)).longValueExact();
    }

    /** {@return a BigInteger in {@code [min, max]}: an end, zero when in range, or uniform} */
    public static BigInteger bigBetween(Random random, BigInteger min, BigInteger max) {
        BigInteger span = max.subtract(min).add(BigInteger.ONE);
        BigInteger r;
        do {
            r = new BigInteger(span.bitLength(), random);
        } while (r.compareTo(span) >= 0);
        return min.add(r);
    }

    /** {@return a BigInteger in {@code [min, max]}, one time in ten an end of the range or zero} */
    public static BigInteger bigWithEdges(Random random, BigInteger min, BigInteger max) {
        int edge = random.nextInt(30);
        if (edge == 0) {
            return min;
        } else if (edge == 1) {
            return max;
        } else if (edge == 2 && min.signum() <= 0 && max.signum() >= 0) {
            return BigInteger.ZERO;
        }
        return bigBetween(random, min, max);
    }

    /** {@return one of {@code choices}, uniformly} */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** {@return one of {@code choices}, uniformly} */
    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String describe(Object value) {
        if (value instanceof Object[] a) {
            return java.util.Arrays.deepToString(a);
        } else if (value instanceof byte[] b) {
            return java.util.Arrays.toString(b);
        }
        return String.valueOf(value);
    }
}
