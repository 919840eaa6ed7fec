package io.structview.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobsTest {
    @Test
    void doubleStarSlashMatchesZeroOrMoreDirectories() {
        Globs g = Globs.of(AbstractGenerateMojo.DEFAULT_INCLUDES);
        assertThat(g.matches("wav.yaml")).isTrue();
        assertThat(g.matches("a/b/wav.yml")).isTrue();
        assertThat(g.matches("net/pcap.json")).isTrue();
        assertThat(g.matches("notes.txt")).isFalse();
        assertThat(g.matches("wav.yaml.bak")).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinASegment() {
        Globs g = Globs.of(List.of("*.yaml", "v?/x.json"));
        assertThat(g.matches("a.yaml")).isTrue();
        assertThat(g.matches("d/a.yaml")).isFalse();
        assertThat(g.matches("v1/x.json")).isTrue();
        assertThat(g.matches("v12/x.json")).isFalse();
    }

    @Test
    void trailingSlashMeansEverythingBelow() {
        Globs g = Globs.of(List.of("draft/", "./old/**"));
        assertThat(g.matches("draft/a.yaml")).isTrue();
        assertThat(g.matches("draft/x/y.yaml")).isTrue();
        assertThat(g.matches("old/a.yaml")).isTrue();
        assertThat(g.matches("drafts/a.yaml")).isFalse();
    }

    @Test
    void regexCharactersAreLiteral() {
        Globs g = Globs.of(List.of("a+b(1).yaml", "win\\dir\\*.json"));
        assertThat(g.matches("a+b(1).yaml")).isTrue();
        assertThat(g.matches("aab1.yaml")).isFalse();
        assertThat(g.matches("win/dir/x.json")).isTrue();
    }

    @Test
    void noPatternsMatchNothing() {
        assertThat(Globs.of(List.of()).matches("a.yaml")).isFalse();
    }
}
