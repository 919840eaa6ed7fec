package io.structview.codegen.cli;

import io.structview.codegen.java.EmitException;
import io.structview.codegen.java.GeneratedFile;
import io.structview.codegen.java.JavaEmitter;
import io.structview.schema.Schema;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code structview generate}: schema files to Java sources, all or nothing. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        header = "Generate Java flyweight accessor classes from schema files.",
        description = "Writes one class per record of the SCHEMA files under DIR, in the schema's package"
                + " directories. Every schema is read and checked first: if any has a problem, all problems are"
                + " printed (file:line:column: error: message (hint)) and nothing is written. Every target is checked"
                + " before the first write (inside DIR after resolving symbolic links, writable, not a file StructView"
                + " did not generate); each file is written atomically, a failing write rolls back the others, and a"
                + " file whose content would not change is left untouched.",
        footerHeading = "%nExample:%n",
        footer = "  structview generate -o target/generated-sources/structview src/main/structview/*.yaml",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a schema is invalid, or a file cannot be read or written",
            "2:usage error"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Source root to write to, such as target/generated-sources/structview.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "SCHEMA", description = "Schema files (YAML or JSON).")
    private List<Path> schemas;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Schema> loaded = new ArrayList<>();
        for (Path file : new LinkedHashSet<>(schemas)) {
            try {
                loaded.add(SchemaFiles.loadForJava(file));
            } catch (BadInputException e) {
                problems.addAll(e.lines());
            }
        }
        Map<String, String> owners = new LinkedHashMap<>();
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            try {
                for (GeneratedFile f : JavaEmitter.emit(loaded.get(i))) {
                    String source = String.valueOf(loaded.get(i).source());
                    String other = owners.putIfAbsent(f.path(), source);
                    if (other != null) {
                        problems.add("error: " + source + " and " + other + " both generate " + f.qualifiedName()
                                + " (hint: rename one of the records or use different packages)");
                    }
                    files.add(f);
                }
            } catch (EmitException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.add("structview generate: nothing written, " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
            throw new BadInputException(problems);
        }
        List<Path> written;
        try {
            written = JavaEmitter.write(files, output);
        } catch (IllegalArgumentException | IOException e) {
            // The writer checks every target before the first write and rolls back a write that fails later.
            String message = e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
            throw new BadInputException(List.of("error: " + message, "structview generate: nothing written"));
        }
        spec.commandLine().getOut().println("generated " + files.size() + (files.size() == 1 ? " class" : " classes")
                + " in " + output + " (" + written.size() + " written, " + (files.size() - written.size())
                + " unchanged)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
