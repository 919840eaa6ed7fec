package io.structview.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates StructView flyweight accessor classes from the project's record schemas (YAML or JSON) and adds them
 * to the main sources. Incremental: when no schema, plugin version or configuration changed since the last run,
 * nothing is written; classes generated from schemas that were deleted are removed. A schema with errors fails
 * the build, every problem logged as {@code file:line:column: error: message}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {
    /** Directory holding the schema files, searched recursively. */
    @Parameter(property = "structview.sourceDirectory", defaultValue = "${project.basedir}/src/main/structview")
    private File sourceDirectory;

    /**
     * Directory the generated Java sources are written to; it is added to the project's compile source roots.
     * Give each execution its own directory.
     */
    @Parameter(property = "structview.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/structview")
    private File outputDirectory;

    @Override
    String goal() {
        return "generate";
    }

    @Override
    File sourceDirectory() {
        return sourceDirectory;
    }

    @Override
    File outputDirectory() {
        return outputDirectory;
    }

    @Override
    void addSourceRoot(MavenProject project, String root) {
        project.addCompileSourceRoot(root);
    }
}
