package io.structview.codegen.load;

import io.structview.schema.Location;
import java.util.List;

/**
 * A schema file read into a small tree that remembers where every node starts, so that every diagnostic can
 * name a line and column. Jackson streams the tokens; {@link TreeReader} builds this tree.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    /** Where the node starts in the file. */
    Location location();

    /** How messages call this kind of node: "a mapping", "a list", "a number"... */
    String describe();

    /**
     * A mapping, keeping every entry in file order, duplicate keys included (the reader reports them with
     * their meaning: a duplicate record name is not just a duplicate key).
     */
    record MapNode(Location location, List<Entry> entries) implements Node {
        /** Returns the first entry with this key, or null. */
        Entry get(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key and its value; the key is a scalar so that positions inside it can be located too. */
    record Entry(ScalarNode key, Node value) {}

    /** A list. */
    record ListNode(Location location, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its text as written (for YAML {@code yes} that is {@code "yes"}, not {@code true}; for an
     * empty value, {@code ""}), its JSON/YAML type, and the char offset where its token starts in the source,
     * which {@link Source#at} uses to find the column of any character inside it.
     */
    record ScalarNode(Location location, int offset, String text, Type type) implements Node {
        @Override
        public String describe() {
            switch (type) {
                case NUMBER:
                    return "a number";
                case BOOLEAN:
                    return "a boolean";
                case NULL:
                    return "an empty value";
                default:
                    return "a string";
            }
        }
    }

    /** The type of a scalar token. */
    enum Type {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }
}
