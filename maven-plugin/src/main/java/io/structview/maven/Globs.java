package io.structview.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant-style path patterns, as Maven users write them in {@code <includes>}: {@code *} matches within one path
 * segment, {@code ?} one character, {@code **} any number of segments (zero included, so {@code **}{@code /*.yaml}
 * matches {@code a.yaml}); a pattern ending in {@code /} means everything below that directory. Paths use
 * {@code /} as separator and are relative to the scanned directory. Matching is case-sensitive.
 */
final class Globs {
    private final List<Pattern> patterns;

    private Globs(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * Compiles patterns.
     *
     * @param globs Ant-style patterns; {@code \} is read as {@code /}
     * @return the compiled set
     */
    static Globs of(Collection<String> globs) {
        List<Pattern> list = new ArrayList<>();
        for (String g : globs) {
            if (g != null && !g.isBlank()) {
                list.add(toRegex(g.trim()));
            }
        }
        return new Globs(List.copyOf(list));
    }

    /**
     * Tells whether any pattern matches.
     *
     * @param relativePath a path relative to the scanned directory, {@code /}-separated
     * @return true if a pattern matches
     */
    boolean matches(String relativePath) {
        for (Pattern p : patterns) {
            if (p.matcher(relativePath).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern toRegex(String glob) {
        String g = glob.replace('\\', '/');
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < g.length()) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                if (slashAfter) {
                    re.append("(?:.*/)?"); // zero or more whole segments
                    i += 3;
                } else {
                    re.append(".*");
                    i += 2;
                }
            } else if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(re.toString());
    }
}
