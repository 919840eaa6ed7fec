package io.structview.codegen.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a format written unquoted in YAML where a format's first character is also YAML syntax: {@code >}
 * starts a folded block scalar, {@code !} a tag, and {@code @} cannot start a plain value. YAML then reports a
 * syntax error or an empty value far from what the user meant; the hint says to quote the value.
 */
final class YamlHints {
    /** A key, a colon, and a value that starts with one of the indicators (in block or flow style). */
    private static final Pattern UNQUOTED = Pattern.compile(
            "(?:^|[\\s{,\\[])([A-Za-z_][\\w-]*|\"[^\"]*\"|'[^']*')\\s*:[ \\t]+([>!@][^\\s,}\\]#]+)");

    private YamlHints() {}

    /**
     * Returns the hint for the first unquoted value on a line that starts with a YAML indicator.
     *
     * @param line one line of a YAML file
     * @return the hint, such as {@code YAML reads an unquoted value that starts with '>' as a folded block scalar;
     *     quote it: format: ">HHI"}, or null when the line has no such value
     */
    static String quoteHint(String line) {
        Matcher m = UNQUOTED.matcher(line);
        if (!m.find()) {
            return null;
        }
        String value = m.group(2);
        String reading = switch (value.charAt(0)) {
            case '>' -> "YAML reads an unquoted value that starts with '>' as a folded block scalar";
            case '!' -> "YAML reads an unquoted value that starts with '!' as a tag";
            default -> "YAML does not allow an unquoted value to start with '@'";
        };
        return reading + "; quote it: " + m.group(1) + ": \"" + value + "\"";
    }
}
