package io.structview.codegen.java;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import io.structview.schema.Schema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs behaviour checks written in plain Java against the generated API. The checks live in
 * {@code src/test/resources/checks} because they need the generated classes to compile: each test emits a fixture
 * schema, compiles it together with its checks class, and runs every {@code public static void} method of the
 * checks as a test. So the checks always run against freshly generated code, never against stale files.
 */
class GeneratedBehaviourTest {
    @TestFactory
    Stream<DynamicTest> point() throws Exception {
        return checks(Fixtures.point(), "com.example.point.PointChecks");
    }

    @TestFactory
    Stream<DynamicTest> wavHeader() throws Exception {
        return checks(Fixtures.wavHeader(), "com.example.wav.WavHeaderChecks");
    }

    @TestFactory
    Stream<DynamicTest> particles() throws Exception {
        return checks(Fixtures.particles(), "com.example.particles.ParticleChecks");
    }

    private static Stream<DynamicTest> checks(Schema schema, String checksClass) throws Exception {
        List<GeneratedFile> files = new ArrayList<>(JavaEmitter.emit(schema));
        String path = checksClass.replace('.', '/') + ".java";
        try (InputStream in = GeneratedBehaviourTest.class.getResourceAsStream("/checks/" + path)) {
            if (in == null) {
                throw new IOException("missing checks source " + path);
            }
            files.add(new GeneratedFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        Class<?> checks = InMemoryCompiler.compileWithClasspath(files).loadClass(checksClass);
        return Arrays.stream(checks.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && m.getReturnType() == void.class)
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> DynamicTest.dynamicTest(m.getName(), () -> run(m)));
    }

    private static void run(Method m) throws Throwable {
        try {
            m.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
