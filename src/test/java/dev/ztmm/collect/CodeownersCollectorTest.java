package dev.ztmm.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.walk.RepoFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeownersCollectorTest {

    private static final String GITLAB = """
            # Owners by area
            * @example-group/maintainers

            [Documentation]
            /docs/ @example-group/tech-writing/docs-team

            ^[Optional Review][2] @example-group/platform/security/backend
            /ci/
            /scripts/ @@maintainer

            [Hosted Runners] @example-group/runners
            /runners/ not-an-owner
            """;

    @Test
    void sectionHeaders_areNotRules() {
        assertThat(rules(GITLAB, ".gitlab/CODEOWNERS").size()).isEqualTo(5);
    }

    @Test
    void sectionRule_namesItsSection() {
        MapNode docs = rule(GITLAB, 1);
        assertThat(docs.get("section").toValue()).isEqualTo("Documentation");
    }

    @Test
    void ruleOutsideSections_hasNoSection() {
        assertThat(rule(GITLAB, 0).get("section")).isNull();
    }

    @Test
    void nestedSubgroupOwner_isValid() {
        MapNode docs = rule(GITLAB, 1);
        assertThat(docs.get("owners").toValue())
                .isEqualTo(List.of("@example-group/tech-writing/docs-team"));
    }

    @Test
    void ruleWithoutOwners_takesSectionDefaults() {
        MapNode ci = rule(GITLAB, 2);
        assertThat(ci.get("owners").toValue())
                .isEqualTo(List.of("@example-group/platform/security/backend"));
    }

    @Test
    void inheritedOwner_keepsHeaderLine() {
        ListNode owners = (ListNode) rule(GITLAB, 2).get("owners");
        assertThat(owners.items().get(0).position().line()).isEqualTo(7);
    }

    @Test
    void roleOwner_isValidInGitlab() {
        assertThat(rule(GITLAB, 3).get("invalidOwners").toValue()).isEqualTo(List.of());
    }

    @Test
    void invalidOwner_reportedAtItsColumn() {
        ListNode invalid = (ListNode) rule(GITLAB, 4).get("invalidOwners");
        assertThat(invalid.items().get(0).position().column()).isEqualTo(11);
    }

    @Test
    void writtenOwners_replaceSectionDefaults() {
        assertThat(rule(GITLAB, 4).get("owners").toValue()).isEqualTo(List.of());
    }

    @Test
    void nestedGroupOnGithub_isInvalid() {
        MapNode rule = (MapNode) rules("/app/ @org/team/sub\n", ".github/CODEOWNERS").items().get(0);
        assertThat(rule.get("invalidOwners").toValue()).isEqualTo(List.of("@org/team/sub"));
    }

    @Test
    void bracketPatternOnGithub_isRule() {
        MapNode rule = (MapNode) rules("[abc]*.js @org/team\n", ".github/CODEOWNERS").items().get(0);
        assertThat(rule.get("pattern").toValue()).isEqualTo("[abc]*.js");
    }

    @Test
    void gitlabCiFile_acceptsNestedGroups() {
        RepoFile pipeline = new RepoFile(".gitlab-ci.yml", Path.of(".gitlab-ci.yml"), 0, null);
        RepositoryIndex index = new RepositoryIndex(List.of(pipeline));
        MapNode rule = (MapNode) rules("/app/ @a/b/c\n", "CODEOWNERS", index).items().get(0);
        assertThat(rule.get("invalidOwners").toValue()).isEqualTo(List.of());
    }

    private static MapNode rule(String text, int index) {
        return (MapNode) rules(text, ".gitlab/CODEOWNERS").items().get(index);
    }

    private static ListNode rules(String text, String path) {
        return rules(text, path, new RepositoryIndex(List.of()));
    }

    private static ListNode rules(String text, String path, RepositoryIndex index) {
        Collected collected = new CodeownersCollector().collect(SourceText.of(path, text), index);
        return (ListNode) ((MapNode) collected.documents().get(0).root()).get("rules");
    }
}
