package io.structview.schema;

import java.util.stream.Collectors;

/** Canonical one-line descriptions of records, so tests can pin whole layouts in one string. */
final class Layouts {
    private Layouts() {}

    /**
     * Describes members as {@code name@offset:<mode><count><code>}, nested records in braces with their size,
     * padding as {@code pad@offset:N}, and the record size last: {@code id@0:<I flags@4:<H coords@6:<3d /30}.
     */
    static String of(Record r) {
        String members = r.members().stream().map(Layouts::of).collect(Collectors.joining(" "));
        return members + (members.isEmpty() ? "" : " ") + "/" + r.size();
    }

    private static String of(Member m) {
        if (m.isPadding()) {
            return "pad@" + m.offset() + ":" + m.count();
        }
        String count = m.isArray() || m.code() != null && m.code().countIsLength() ? String.valueOf(m.count()) : "";
        String type = m.isRecord() ? m.record().name() + "{" + of(m.record()) + "}" : String.valueOf(m.code().code());
        return m.name() + "@" + m.offset() + ":" + m.mode().prefix() + count + type;
    }
}
