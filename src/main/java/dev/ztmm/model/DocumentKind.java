package dev.ztmm.model;

import java.util.List;

/** The document kinds that collectors produce and rules target. */
public final class DocumentKind {

    /** A GitHub Actions workflow under .github/workflows/. */
    public static final String GITHUB_WORKFLOW = "github-workflow";

    /** A GitHub Actions action metadata file (action.yml or action.yaml). */
    public static final String GITHUB_ACTION = "github-action";

    /** A Dependabot configuration, .github/dependabot.yml. */
    public static final String DEPENDABOT = "dependabot";

    /** Repository settings kept as code, .github/settings.yml. */
    public static final String GITHUB_SETTINGS = "github-settings";

    /** The pre-commit framework's configuration, .pre-commit-config.yaml. */
    public static final String PRE_COMMIT = "pre-commit";

    /** A CODEOWNERS file at the root, in .github/ or in docs/. */
    public static final String CODEOWNERS = "codeowners";

    /** One Kubernetes object (a YAML document with apiVersion and kind). */
    public static final String KUBERNETES = "kubernetes";

    /** One Terraform file (.tf). */
    public static final String TERRAFORM = "terraform";

    /** A Dockerfile or Containerfile. */
    public static final String DOCKERFILE = "dockerfile";

    /** The repository as a whole: which files exist and which policy files are present. */
    public static final String REPOSITORY = "repository";

    public static final List<String> ALL =
            List.of(
                    GITHUB_WORKFLOW,
                    GITHUB_ACTION,
                    DEPENDABOT,
                    GITHUB_SETTINGS,
                    PRE_COMMIT,
                    CODEOWNERS,
                    KUBERNETES,
                    TERRAFORM,
                    DOCKERFILE,
                    REPOSITORY);

    private DocumentKind() {}
}
