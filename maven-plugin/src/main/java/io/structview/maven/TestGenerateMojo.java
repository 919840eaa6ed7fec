package io.structview.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates StructView accessor classes from test schemas and adds them to the test sources: the {@code generate}
 * goal for {@code src/test/structview}. Skipped with {@code -Dmaven.test.skip=true}, as test compilation is.
 */
@Mojo(name = "testGenerate", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class TestGenerateMojo extends AbstractGenerateMojo {
    /** Directory holding the test schema files, searched recursively. */
    @Parameter(property = "structview.testSourceDirectory",
            defaultValue = "${project.basedir}/src/test/structview")
    private File testSourceDirectory;

    /**
     * Directory the generated Java test sources are written to; it is added to the project's test compile
     * source roots.
     */
    @Parameter(property = "structview.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/structview")
    private File testOutputDirectory;

    /** Skips this goal when test compilation is skipped too. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompilation;

    @Override
    String goal() {
        return "testGenerate";
    }

    @Override
    File sourceDirectory() {
        return testSourceDirectory;
    }

    @Override
    File outputDirectory() {
        return testOutputDirectory;
    }

    @Override
    void addSourceRoot(MavenProject project, String root) {
        project.addTestCompileSourceRoot(root);
    }

    @Override
    boolean skipGoal() {
        return skipTestCompilation;
    }
}
