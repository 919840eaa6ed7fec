/**
 * The schema-file loader with its diagnostics ({@code io.structview.codegen.load}), the Java flyweight emitter
 * ({@code io.structview.codegen.java}) and the {@code structview} command-line tool
 * ({@code io.structview.codegen.cli.StructviewCli}, run with {@code -m}, not exported). The JSON Schema of the
 * schema-file format is the resource {@code io/structview/codegen/schema-file.schema.json}, open to every module.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.structview.codegen {
    requires transitive io.structview.schema;
    requires java.compiler;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires com.palantir.javapoet;
    requires info.picocli;

    exports io.structview.codegen.java;
    exports io.structview.codegen.load;

    // The command-line tool is run, not called: not exported. picocli reads and sets its annotated fields.
    opens io.structview.codegen.cli to info.picocli;
    // The JSON Schema for editors, readable with getResourceAsStream from any module.
    opens io.structview.codegen;
}
