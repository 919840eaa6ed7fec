package io.structview.codegen.java;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with the running JDK's javac and loads them. Generated code is compiled
 * with {@code --release 22} (the oldest JDK it promises to run on), all lint and all doclint checks, and any
 * diagnostic at all fails the compilation: generated code must be warning-free and fully documented.
 */
final class InMemoryCompiler {
    static final List<String> OPTIONS = List.of("--release", "22", "-proc:none", "-Xlint:all", "-Xdoclint:all",
            "-implicit:none");
    /** Without doclint, which the golden files already pin, for tests that compile many schemas. */
    static final List<String> QUICK_OPTIONS = List.of("--release", "22", "-proc:none", "-Xlint:all", "-implicit:none");

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static StandardJavaFileManager standard;

    private InMemoryCompiler() {}

    /**
     * Compiles and loads the files.
     *
     * @throws AssertionError with every diagnostic if javac reports anything
     */
    static ClassLoader compile(List<GeneratedFile> files) {
        return compile(files, OPTIONS);
    }

    /** Compiles with {@link #QUICK_OPTIONS}. */
    static ClassLoader compileQuick(List<GeneratedFile> files) {
        return compile(files, QUICK_OPTIONS);
    }

    /**
     * Compiles with {@link #QUICK_OPTIONS} against the test classpath (AssertJ, the runtime), for sources that use
     * the generated classes.
     */
    static ClassLoader compileWithClasspath(List<GeneratedFile> files) {
        List<String> options = new ArrayList<>(QUICK_OPTIONS);
        options.add("-classpath");
        options.add(System.getProperty("java.class.path"));
        return compile(files, options);
    }

    private static synchronized ClassLoader compile(List<GeneratedFile> files, List<String> options) {
        if (standard == null) {
            standard = JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile f : files) {
            sources.add(new Source(f));
        }
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = JAVAC.getTask(null, manager, diagnostics, options, null, sources).call();
        if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
            StringBuilder sb = new StringBuilder("javac reported:\n");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                sb.append(d.getKind()).append(' ')
                        .append(d.getSource() == null ? "" : d.getSource().getName())
                        .append(':').append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT))
                        .append('\n');
            }
            throw new AssertionError(sb.toString());
        }
        return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile f) {
            super(URI.create("mem:///" + f.path()), Kind.SOURCE);
            this.content = f.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
