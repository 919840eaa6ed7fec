package io.structview.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code generate} and {@code testGenerate} goals share: scanning, the incremental state and error
 * reporting. The goals need no network: they read schema files and write Java sources, so they work the same
 * offline ({@code -o}).
 */
abstract class AbstractGenerateMojo extends AbstractMojo {
    /** Patterns used when {@code includes} is not configured. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    /**
     * Which files under the source directory are schemas: Ant-style patterns relative to it ({@code *} within a
     * directory, {@code **} across directories). Default: {@code **}{@code /*.yaml}, {@code **}{@code /*.yml},
     * {@code **}{@code /*.json}.
     */
    @Parameter
    private List<String> includes;

    /**
     * Files under the source directory to leave out even though they match {@code includes}; Ant-style patterns
     * relative to the source directory. Default: none.
     */
    @Parameter
    private List<String> excludes;

    /** Skips the goal: nothing is generated and no source root is added. */
    @Parameter(property = "structview.skip", defaultValue = "false")
    private boolean skip;

    /** The project, to add the generated sources to. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin, whose version and class path are part of the up-to-date check. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * Returns the goal's name, for messages and the state file.
     *
     * @return the goal name
     */
    abstract String goal();

    /**
     * Returns the directory holding the schemas.
     *
     * @return the source directory
     */
    abstract File sourceDirectory();

    /**
     * Returns the directory the Java sources are written to.
     *
     * @return the output directory
     */
    abstract File outputDirectory();

    /**
     * Registers the output directory as a source root of the project.
     *
     * @param project the project
     * @param root the output directory
     */
    abstract void addSourceRoot(MavenProject project, String root);

    /**
     * Tells whether the goal is skipped for a goal-specific reason.
     *
     * @return true to skip
     */
    boolean skipGoal() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("StructView " + goal() + " skipped");
            return;
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath();
        Path source = sourceDirectory().toPath().toAbsolutePath().normalize();
        Path output = outputDirectory().toPath().toAbsolutePath().normalize();
        List<String> inc = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
        List<String> exc = excludes == null ? List.of() : excludes;
        Path state = Path.of(project.getBuild().getDirectory()).toAbsolutePath()
                .resolve("structview-maven-plugin").resolve(goal() + "-" + shortHash(output.toString()) + ".state");

        Generator generator = new Generator(source, output, state, inc, exc, fingerprint(source, output, inc, exc),
                new CodegenCompiler(basedir), message -> getLog().debug("StructView: " + message));
        Generator.Result result;
        try {
            result = generator.run();
        } catch (IOException e) {
            throw new MojoExecutionException("StructView " + goal() + ": " + e, e);
        }

        String where = display(basedir, output);
        if (!result.schemas().isEmpty()) {
            addSourceRoot(project, output.toString());
        }
        if (!result.deleted().isEmpty()) {
            getLog().info("StructView: removed " + result.deleted().size() + " stale generated file(s) from "
                    + where);
        }
        if (!result.errors().isEmpty()) {
            for (String error : result.errors()) {
                getLog().error(error);
            }
            throw new MojoFailureException("StructView: " + result.errors().size() + " error(s) in schema files"
                    + " under " + display(basedir, source) + "; each is listed above as file:line:column");
        }
        if (result.schemas().isEmpty()) {
            getLog().info("StructView: no schema files in " + display(basedir, source));
        } else if (result.generatedFrom().isEmpty()) {
            getLog().info("StructView: " + result.schemas().size() + " schema(s) up to date, nothing to generate"
                    + " (" + where + ")");
        } else {
            int unchanged = result.schemas().size() - result.generatedFrom().size();
            getLog().info("StructView: generated sources from " + result.generatedFrom().size() + " schema(s) into "
                    + where + (unchanged > 0 ? " (" + unchanged + " up to date)" : ""));
        }
    }

    /**
     * Everything besides the schemas that decides what is generated: plugin coordinates and configuration,
     * and for snapshot builds of the plugin or the code generator, their jars' size and date.
     */
    private String fingerprint(Path source, Path output, List<String> inc, List<String> exc) {
        List<String> parts = new ArrayList<>();
        parts.add("state=" + BuildState.VERSION);
        parts.add("goal=" + goal());
        parts.add("plugin=" + plugin.getId());
        parts.add("source=" + source);
        parts.add("output=" + output);
        parts.add("includes=" + inc);
        parts.add("excludes=" + exc);
        List<Artifact> artifacts = plugin.getArtifacts() == null ? List.of() : plugin.getArtifacts();
        for (Artifact a : artifacts) {
            File f = a.getFile();
            String stamp = a.isSnapshot() && f != null ? ":" + f.length() + ":" + f.lastModified() : "";
            parts.add(a.getId() + stamp);
        }
        if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null
                && plugin.getPluginArtifact().isSnapshot()) {
            File f = plugin.getPluginArtifact().getFile();
            parts.add("self:" + f.length() + ":" + f.lastModified());
        }
        return shortHash(String.join("\n", parts)) + "-" + plugin.getVersion();
    }

    private static String shortHash(String text) {
        MessageDigest md = Generator.newDigest();
        return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static String display(Path basedir, Path p) {
        return p.startsWith(basedir) ? basedir.relativize(p).toString() : p.toString();
    }
}
