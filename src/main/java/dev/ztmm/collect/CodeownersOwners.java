package dev.ztmm.collect;

import java.util.regex.Pattern;

/** The CODEOWNERS owner forms that GitHub or GitLab can resolve, judged from the text alone. */
final class CodeownersOwners {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A GitHub user, or an organization and one team. */
    private static final Pattern GITHUB =
            Pattern.compile("@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?");

    /** A GitLab user or a group with any depth of subgroups, such as {@code @a/b/c}. */
    private static final Pattern GITLAB =
            Pattern.compile("@[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");

    /**
     * A GitLab project role, written with two at signs. NOTE: the plural forms are accepted on
     * the belief that GitLab reads them too; a role GitLab rejects would pass here.
     */
    private static final Pattern GITLAB_ROLE =
            Pattern.compile("@@(developer|maintainer|owner)s?");

    private final boolean gitlab;

    CodeownersOwners(boolean gitlab) {
        this.gitlab = gitlab;
    }

    boolean valid(String owner) {
        if (EMAIL.matcher(owner).matches()) {
            return true;
        }
        if (gitlab) {
            return GITLAB.matcher(owner).matches() || GITLAB_ROLE.matcher(owner).matches();
        }
        return GITHUB.matcher(owner).matches();
    }
}
