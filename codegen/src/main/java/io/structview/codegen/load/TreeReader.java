package io.structview.codegen.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.structview.schema.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Streams a JSON or YAML document with Jackson and builds a {@link Node} tree that keeps the line and column
 * of every token ({@link JsonParser#currentTokenLocation()}). Syntax errors become one diagnostic at the
 * place the parser stopped; nesting deeper than {@link #MAX_DEPTH} stops reading.
 */
final class TreeReader {
    /** A schema needs five levels (records, record, fields, field, value); this leaves room and stops abuse. */
    static final int MAX_DEPTH = 16;

    /**
     * The longest run of characters without a space, quote, backslash or line break that a YAML schema may hold.
     * SnakeYAML's reader copies its whole look-ahead window for every 1 KiB it reads, so scanning such a run
     * costs time quadratic in its length (a 1 MB PEP 3118 format took 1.4 s before the field limit could refuse
     * it). A 10,000-field format, the most a record holds, is far shorter.
     */
    static final int MAX_YAML_RUN = 1 << 19;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final Source source;
    private final Diagnostics diagnostics;
    private final boolean json;
    private JsonParser parser;

    /** Thrown to stop reading after a diagnostic that makes the rest of the document meaningless. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private TreeReader(Source source, Diagnostics diagnostics, boolean json) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.json = json;
    }

    /** Reports (and returns true for) a run longer than {@link #MAX_YAML_RUN}, before SnakeYAML scans it. */
    private boolean tooLongRun() {
        String text = source.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\'' || c == '"' || c == '\\'
                    || c == 0) {
                if (i - start > MAX_YAML_RUN) {
                    diagnostics.error(source.locationOf(start), "a run of " + (i - start) + " characters without a"
                            + " space, quote or line break; at most " + MAX_YAML_RUN + " are read",
                            "no schema needs one this long: a format of this length has more fields than the"
                            + " 10000 a record may hold; split the record");
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Reads the document.
     *
     * @return the root node, or null when nothing usable was read (the reason is in {@code diagnostics})
     */
    static Node read(Source source, boolean json, Diagnostics diagnostics) {
        return new TreeReader(source, diagnostics, json).read();
    }

    private Node read() {
        if (!json && tooLongRun()) {
            return null;
        }
        try (JsonParser p = json ? JSON.createParser(source.text()) : YAML.createParser(source.text())) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                diagnostics.error(source.location(1, 1), "the schema file is empty",
                        "start it with 'package: com.example.formats' and 'records:'");
                return null;
            }
            Node root = value(first, 1);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                diagnostics.error(here(), json ? "unexpected content after the JSON value"
                        : "a schema file holds one YAML document, but another one starts here",
                        json ? "remove it" : "remove the '---' and what follows, or use one file per schema");
            }
            return root;
        } catch (Stop stop) {
            return null;
        } catch (JsonProcessingException e) {
            syntaxError(e);
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some input problems (such as control characters) with unchecked exceptions.
            diagnostics.error(source.location(1, 1), (json ? "JSON" : "YAML") + " error: " + firstLine(e),
                    "check that the file is valid " + (json ? "JSON" : "YAML"));
            return null;
        }
    }

    private Node value(JsonToken token, int depth) throws IOException, Stop {
        Location at = here();
        if (depth > MAX_DEPTH) {
            diagnostics.error(at, "the file nests deeper than " + MAX_DEPTH + " levels",
                    "a schema needs at most 5 levels: records, record, fields, field, value");
            throw new Stop();
        }
        switch (token) {
            case START_OBJECT: {
                List<Node.Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    Node.ScalarNode key = scalar(Node.Type.STRING);
                    entries.add(new Node.Entry(key, value(parser.nextToken(), depth + 1)));
                }
                return new Node.MapNode(at, List.copyOf(entries));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        diagnostics.error(here(), "the file ends inside a list", "close the list");
                        throw new Stop();
                    }
                    items.add(value(t, depth + 1));
                }
                return new Node.ListNode(at, List.copyOf(items));
            }
            case VALUE_STRING:
                if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
                    diagnostics.error(at, "YAML aliases (*" + parser.getText() + ") are not supported",
                            "write the value out where it is used");
                    return new Node.ScalarNode(at, source.offset(at.line(), at.column()), "", Node.Type.NULL);
                }
                return scalar(Node.Type.STRING);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return scalar(Node.Type.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(Node.Type.BOOLEAN);
            case VALUE_NULL:
                return scalar(Node.Type.NULL);
            default:
                // VALUE_EMBEDDED_OBJECT: a YAML !!binary value.
                diagnostics.error(at, "unsupported value (" + token + ")", "write a plain string");
                return new Node.ScalarNode(at, source.offset(at.line(), at.column()), "", Node.Type.NULL);
        }
    }

    private Node.ScalarNode scalar(Node.Type type) throws IOException {
        Location at = here();
        String text = parser.getText();
        int offset = source.offset(at.line(), at.column());
        if (text == null || text.isEmpty() && type == Node.Type.STRING && !quoted(offset)) {
            // Depending on factory settings Jackson reports an absent YAML value ("key:") as "" or null; it is
            // null either way, unlike an explicit "".
            return new Node.ScalarNode(at, offset, "", Node.Type.NULL);
        }
        return new Node.ScalarNode(at, offset, text, type);
    }

    private boolean quoted(int offset) {
        String text = source.text();
        return offset < text.length() && (text.charAt(offset) == '"' || text.charAt(offset) == '\'');
    }

    private Location here() {
        JsonLocation l = parser.currentTokenLocation();
        return source.location(l.getLineNr(), l.getColumnNr());
    }

    private void syntaxError(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException) {
            // Jackson's own location is its last token; SnakeYAML's problem mark is the offending character.
            MarkedYAMLException m = (MarkedYAMLException) cause;
            Mark problem = m.getProblemMark();
            Location at = problem != null ? source.location(problem.getLine() + 1, problem.getColumn() + 1)
                    : location(e.getLocation());
            String hint = "check indentation, colons and quotes";
            if (m.getContext() != null && m.getContextMark() != null) {
                hint = m.getContext() + " that starts at " + (m.getContextMark().getLine() + 1) + ":"
                        + (m.getContextMark().getColumn() + 1);
            }
            // An unquoted format such as >HHI is the usual cause of a syntax error on its line or its context's.
            String quote = YamlHints.quoteHint(source.line(at.line()));
            if (quote == null && m.getContextMark() != null) {
                quote = YamlHints.quoteHint(source.line(m.getContextMark().getLine() + 1));
            }
            if (quote != null) {
                hint = quote;
            }
            diagnostics.error(at, "YAML syntax error: " + firstLine(m.getProblem()), hint);
            return;
        }
        diagnostics.error(location(e.getLocation()), (json ? "JSON" : "YAML") + " syntax error: "
                + firstLine(e.getOriginalMessage()), json ? "check commas, quotes and brackets"
                : "check indentation, colons and quotes");
    }

    private Location location(JsonLocation l) {
        return l == null ? source.location(1, 1) : source.location(l.getLineNr(), l.getColumnNr());
    }

    private static String firstLine(Throwable e) {
        return firstLine(e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                : String.valueOf(e.getMessage()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
