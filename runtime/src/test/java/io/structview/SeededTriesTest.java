package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property runner: how many tries it makes, what a failure reports, and that a reported seed replays it. */
class SeededTriesTest {

    @Test
    void runsExactlyTheTriesAskedForDiscardsIncluded() {
        int[] calls = {0};
        SeededTries.run("count", 1000, t -> {
            calls[0]++;
            t.assume(calls[0] % 3 != 0);
        });
        assertThat(calls[0]).isEqualTo(1000);
    }

    @Test
    void aFailureNamesTheSeedTheTryAndTheDrawnValues_andTheSeedReplaysIt() {
        List<Integer> firstRun = new ArrayList<>();
        String message = failureOf(firstRun);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("property p failed at try (\\d+) of 1000, seed (-?\\d+) \\(rerun with -Dstructview.seed=\\2\\)")
                .matcher(message);
        assertThat(m.find()).as(message).isTrue();
        int failedTry = Integer.parseInt(m.group(1));
        assertThat(failedTry).isEqualTo(firstRun.size());
        assertThat(message).contains("x = " + firstRun.get(failedTry - 1)).contains("x is below 90");

        String previous = System.getProperty(SeededTries.SEED_PROPERTY);
        System.setProperty(SeededTries.SEED_PROPERTY, m.group(2));
        try {
            List<Integer> replay = new ArrayList<>();
            failureOf(replay);
            assertThat(replay).isEqualTo(firstRun);
        } finally {
            if (previous == null) {
                System.clearProperty(SeededTries.SEED_PROPERTY);
            } else {
                System.setProperty(SeededTries.SEED_PROPERTY, previous);
            }
        }
    }

    private static String failureOf(List<Integer> drawn) {
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> SeededTries.run("p", 1000, t -> {
            int x = t.draw("x", t.random().nextInt(100));
            drawn.add(x);
            assertThat(x).as("x is below 90").isLessThan(90);
        }));
        assertThat(e).isInstanceOf(AssertionError.class);
        return e.getMessage();
    }

    @Test
    void tooManyDiscardsFail() {
        assertThatThrownBy(() -> SeededTries.run("never", 100, t -> t.assume(false)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("property never: 100 of 100 tries discarded");
    }

    @Test
    void rangesIncludeBothEnds() {
        java.util.Random r = new java.util.Random(1);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            long v = SeededTries.longBetween(r, Long.MIN_VALUE, Long.MAX_VALUE);
            if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) {
                seen.add(v);
            }
            assertThat(SeededTries.intBetween(r, -3, 5)).isBetween(-3, 5);
        }
        assertThat(seen).containsExactlyInAnyOrder(Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
