package io.structview.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "A complete pom.xml" is the pom the integration test {@code src/it/readme-pom} builds, byte for
 * byte, and names this build's version: the snippet cannot rot without the build noticing.
 */
class ReadmePomTest {
    @Test
    void theReadmePomIsTheOneTheIntegrationTestBuilds() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### A complete pom.xml");
        assertThat(section).as("README section").isNotNegative();
        Matcher block = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(section)).as("an xml block in the section").isTrue();
        String built = Files.readString(Path.of("src/it/readme-pom/pom.xml"));
        assertThat(block.group(1)).isEqualTo(built);

        Matcher version = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(built).contains("<artifactId>structview-runtime</artifactId>\n      <version>" + version.group(1))
                .contains("<artifactId>structview-maven-plugin</artifactId>\n        <version>" + version.group(1));
    }
}
