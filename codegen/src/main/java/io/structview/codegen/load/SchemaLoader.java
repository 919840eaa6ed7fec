package io.structview.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.structview.schema.Location;
import io.structview.schema.Record;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** TEMPORARY stub of the pinned loader API (branch loader); reverted when the real loader lands. */
public final class SchemaLoader {
    private SchemaLoader() {}

    public static Schema load(Path file) throws IOException, SchemaException {
        String name = file.toString();
        ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new SchemaException(List.of(new Diagnostic(
                    new Location(name, loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr()),
                    e.getOriginalMessage(), null)));
        }
        List<Diagnostic> problems = new ArrayList<>();
        String pkg = root.path("package").asText(null);
        if (pkg == null) {
            problems.add(new Diagnostic(new Location(name, 1, 1), "missing 'package'", "add package: com.example"));
        }
        List<Record> records = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("records").fields(); it.hasNext(); ) {
            var e = it.next();
            try {
                Record.Builder b = Record.builder(e.getKey());
                String format = e.getValue().path("format").asText("");
                var fields = e.getValue().path("fields");
                var parsed = io.structview.schema.Format.parse(format);
                char prefix = format.isEmpty() ? '@' : format.charAt(0);
                String p = "@=<>!".indexOf(prefix) >= 0 ? String.valueOf(prefix) : "";
                int i = 0;
                for (var f : parsed.fields()) {
                    String code = f.count() == 1 ? String.valueOf(f.code().code()) : f.count() + "" + f.code().code();
                    b.member(fields.path(i++).asText("f" + i), p + code);
                }
                records.add(b.build());
            } catch (RuntimeException ex) {
                problems.add(new Diagnostic(new Location(name, 1, 1), ex.getMessage(), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new SchemaException(problems);
        }
        return new Schema(pkg, records, name);
    }
}
