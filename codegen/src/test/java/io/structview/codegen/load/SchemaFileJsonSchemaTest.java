package io.structview.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of schema files ({@code io/structview/codegen/schema-file.schema.json}, shipped in the codegen
 * jar for editors) accepts every schema file of the repository that the loader accepts, refuses the key mistakes
 * the loader refuses, and names exactly the keys the loader reads: the two cannot drift apart.
 */
class SchemaFileJsonSchemaTest {
    private static final String RESOURCE = "/io/structview/codegen/schema-file.schema.json";
    private static String schemaText;
    private static Schema schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SchemaFileJsonSchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("shipped as a resource of the codegen jar").isNotNull();
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText, InputFormat.JSON);
    }

    private static List<Error> validate(Path file) throws IOException {
        String text = Files.readString(file);
        return schema.validate(text, file.toString().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML);
    }

    @Test
    void namesExactlyTheKeysTheLoaderReads() throws IOException {
        JsonNode root = new ObjectMapper().readTree(schemaText);
        assertThat(names(root.get("properties"))).containsExactlyInAnyOrderElementsOf(SchemaReader.TOP_KEYS);
        assertThat(names(root.at("/$defs/record/properties")))
                .containsExactlyInAnyOrderElementsOf(SchemaReader.RECORD_KEYS);
        assertThat(names(root.at("/$defs/field/oneOf/1/properties")))
                .containsExactlyInAnyOrderElementsOf(SchemaReader.FIELD_KEYS);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new LinkedHashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void acceptsEverySchemaFileOfTheRepositoryThatTheLoaderAccepts() throws IOException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        List<Path> candidates;
        try (Stream<Path> files = Files.walk(repo)) {
            candidates = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)"))
                    .filter(p -> repo.relativize(p).toString().split("[/\\\\]").length > 0)
                    .filter(p -> !repo.relativize(p).toString().matches("(.*/)?(target|\\.git|results|conformance)/.*"))
                    .sorted()
                    .toList();
        }
        List<Path> checked = new ArrayList<>();
        for (Path file : candidates) {
            try {
                SchemaLoader.load(file);
            } catch (SchemaException | RuntimeException e) {
                continue; // not a schema file, or one of the deliberately bad ones
            }
            assertThat(validate(file)).as(repo.relativize(file).toString()).isEmpty();
            checked.add(file);
        }
        assertThat(checked).as("the examples, benchmark, plugin and test schema files")
                .hasSizeGreaterThanOrEqualTo(15)
                .anySatisfy(p -> assertThat(p.toString()).endsWith("examples/src/main/structview/wav.yaml"))
                .anySatisfy(p -> assertThat(p.toString()).endsWith(".json"));
    }

    @Test
    void refusesTheKeyMistakesTheLoaderRefuses() throws Exception {
        for (String text : List.of(
                "package: p\nrecords:\n  R: {format: \"<i\", fields: [x]}\nextra: 1\n",
                "package: p\nrecords:\n  R: {format: \"<i\", fields: [x], formt: \"<i\"}\n",
                "package: p\nrecords:\n  R: {fields: [{name: x, type: i, size: 4}]}\n",
                "package: p\nrecords:\n  R: {mode: sideways, fields: [{name: x, type: i}]}\n",
                "records:\n  R: {format: \"<i\", fields: [x]}\n",
                "package: p\nrecords: {}\n")) {
            assertThat(schema.validate(text, InputFormat.YAML)).as(text).isNotEmpty();
            try {
                SchemaLoader.load("s.yaml", text);
                throw new AssertionError("the loader accepted " + text);
            } catch (SchemaException expected) {
                // both refuse it
            }
        }
    }
}
