package io.structview.codegen.load;

import java.util.Collection;
import java.util.Locale;

/** Finds the known word closest to a misspelled one, for "did you mean" hints. */
final class Suggestions {
    private Suggestions() {}

    /**
     * Returns the candidate closest to {@code word} by edit distance (insertions, deletions, substitutions and
     * swaps of neighbours, ignoring case), if it is close enough to be a plausible typo: at most 2 edits, or a
     * third of the word's length for long words. Ties go to the earlier candidate.
     *
     * @return the candidate, or null
     */
    static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, w.length() / 3);
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > limit) {
                continue; // cannot be within the limit; skipping keeps huge schemas cheap
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit && bestDistance < w.length() ? best : null;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of adjacent characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
