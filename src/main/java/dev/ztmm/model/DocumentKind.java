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

    /** One AWS CloudFormation template (YAML or JSON), short-form tags in their long form. */
    public static final String CLOUDFORMATION = "cloudformation";

    /** One AWS IAM policy document, normalised, from a policy file, Terraform or CloudFormation. */
    public static final String IAM_POLICY = "iam-policy";

    /** A Docker Compose file (compose.yaml, docker-compose.yml and variants). */
    public static final String COMPOSE = "compose";

    /** A Kustomize kustomization file. */
    public static final String KUSTOMIZATION = "kustomization";

    /** A Helm chart's Chart.yaml. */
    public static final String HELM_CHART = "helm-chart";

    /** A Helm chart's values.yaml, as written. */
    public static final String HELM_VALUES = "helm-values";

    /** A Dockerfile or Containerfile. */
    public static final String DOCKERFILE = "dockerfile";

    /** A GitLab CI pipeline (.gitlab-ci.yml) with its local includes, extends and references. */
    public static final String GITLAB_CI = "gitlab-ci";

    /** A Jenkins pipeline (Jenkinsfile), read as text and never run. */
    public static final String JENKINSFILE = "jenkinsfile";

    /** An Azure Pipelines pipeline or template. */
    public static final String AZURE_PIPELINES = "azure-pipelines";

    /** A CircleCI configuration, .circleci/config.yml. */
    public static final String CIRCLECI = "circleci";

    /** A Bitbucket Pipelines configuration, bitbucket-pipelines.yml. */
    public static final String BITBUCKET_PIPELINES = "bitbucket-pipelines";

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
                    GITLAB_CI,
                    JENKINSFILE,
                    AZURE_PIPELINES,
                    CIRCLECI,
                    BITBUCKET_PIPELINES,
                    CLOUDFORMATION,
                    IAM_POLICY,
                    COMPOSE,
                    KUSTOMIZATION,
                    HELM_CHART,
                    HELM_VALUES,
                    REPOSITORY);

    private DocumentKind() {}
}
