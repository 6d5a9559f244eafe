import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a synthetic monorepo of configuration files for the ztmm benchmark.
 *
 * <p>Usage: {@code java bench/GenerateRepo.java DIR [--seed N] [--files N]}. The output depends
 * only on the seed and the file count: every file draws from its own {@link java.util.Random},
 * whose algorithm the Java specification fixes, so two runs with the same arguments write
 * byte-identical trees on any JDK. Of the generated files, about 35% are Kubernetes YAML, 25%
 * GitHub Actions workflows, 25% Terraform and 15% Dockerfiles. The repository root also gets
 * CODEOWNERS, SECURITY.md and .github/dependabot.yml, which count towards the total.
 */
public final class GenerateRepo {

    private static final int ROOT_FILES = 3;

    /** Files per service folder, so 5,000 files make 250 services. */
    private static final int FILES_PER_SERVICE = 20;

    private static final String[] LANGUAGES = {"go", "node", "python", "java"};
    private static final String[] ENVIRONMENTS = {"dev", "staging", "prod"};
    private static final String[] MODULES = {
        "s3-bucket", "security-group", "iam-role", "vpc", "eks-cluster", "rds", "kms", "sqs",
    };
    private static final String[] ACTIONS = {
        "actions/checkout", "actions/setup-go", "actions/setup-node", "actions/setup-python",
        "actions/setup-java", "actions/cache", "actions/upload-artifact",
        "docker/login-action", "docker/build-push-action", "aws-actions/configure-aws-credentials",
        "github/codeql-action/analyze", "hashicorp/setup-terraform",
    };

    private final Path root;
    private final long seed;
    private final int services;
    private int written;

    private GenerateRepo(Path root, long seed, int services) {
        this.root = root;
        this.seed = seed;
        this.services = services;
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        long seed = 1;
        int files = 5000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = number(args, ++i, "--seed");
                case "--files" -> files = (int) number(args, ++i, "--files");
                default -> {
                    if (dir != null || args[i].startsWith("-")) {
                        usage("unexpected argument '" + args[i] + "'");
                    }
                    dir = Path.of(args[i]);
                }
            }
        }

        if (dir == null) {
            usage("missing output folder DIR");
        }
        if (files < ROOT_FILES + 4) {
            usage("--files must be at least " + (ROOT_FILES + 4) + ", got " + files);
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            usage("output folder '" + dir + "' exists and is not empty; remove it or choose another");
        }

        Files.createDirectories(dir);
        int services = Math.max(1, files / FILES_PER_SERVICE);
        GenerateRepo generator = new GenerateRepo(dir, seed, services);
        generator.generate(files - ROOT_FILES);
        System.out.printf(Locale.ROOT, "Wrote %d files for %d services into %s (seed %d)%n",
                generator.written, services, dir, seed);
    }

    private static long number(String[] args, int index, String option) {
        if (index >= args.length) {
            usage("missing value for " + option);
        }
        try {
            return Long.parseLong(args[index]);
        } catch (NumberFormatException e) {
            usage("invalid value '" + args[index] + "' for " + option + "; expected an integer");
            return 0;
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void usage(String problem) {
        System.err.println("GenerateRepo: " + problem);
        System.err.println("Usage: java bench/GenerateRepo.java DIR [--seed N] [--files N]");
        System.exit(2);
    }

    /** Writes {@code count} generated files in the stated proportions, then the root files. */
    private void generate(int count) throws IOException {
        int kubernetes = Math.round(count * 0.35f);
        int workflows = Math.round(count * 0.25f);
        int terraform = Math.round(count * 0.25f);
        int dockerfiles = count - kubernetes - workflows - terraform;
        for (int i = 0; i < kubernetes; i++) {
            writeKubernetes(i);
        }
        for (int i = 0; i < workflows; i++) {
            writeWorkflow(i);
        }
        for (int i = 0; i < terraform; i++) {
            writeTerraform(i);
        }
        for (int i = 0; i < dockerfiles; i++) {
            writeDockerfile(i);
        }
        writeRootFiles();
    }

    /** Returns a generator for one file, seeded from the run seed, the file kind and its index. */
    private Random random(int kind, int index) {
        return new Random(seed * 1_000_003L + kind * 100_003L + index);
    }

    private static String service(int number) {
        return String.format(Locale.ROOT, "svc-%04d", number + 1);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        // CREATE_NEW makes a name clash between two generated files an error, not an overwrite.
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        written++;
    }

    // ---- Kubernetes ------------------------------------------------------------------------

    private void writeKubernetes(int index) throws IOException {
        Random random = random(1, index);
        int serviceNumber = index % services;
        int round = index / services;
        String name = service(serviceNumber);
        String env = ENVIRONMENTS[round % ENVIRONMENTS.length];
        String folder = "services/" + name + "/k8s/" + (round < 3 ? "base" : "overlays/" + env);
        Manifests manifests = new Manifests(random, name, env);
        String fileName;
        String text;
        switch (round % 7) {
            case 0 -> {
                fileName = "deployment.yaml";
                text = manifests.deployment();
            }
            case 1 -> {
                fileName = "service.yaml";
                text = manifests.service() + "---\n" + manifests.serviceAccount();
            }
            case 2 -> {
                fileName = "networkpolicy.yaml";
                text = manifests.defaultDeny() + "---\n" + manifests.allowIngress();
            }
            case 3 -> {
                fileName = "rbac.yaml";
                text = manifests.role() + "---\n" + manifests.roleBinding();
            }
            case 4 -> {
                fileName = "all-in-one-" + round + ".yaml";
                text = "# Rendered bundle of every object of " + name + ".\n"
                        + String.join("---\n", manifests.deployment(), manifests.service(),
                                manifests.serviceAccount(), manifests.defaultDeny(), manifests.role(),
                                manifests.roleBinding());
            }
            case 5 -> {
                fileName = "hpa-" + round + ".yml";
                text = manifests.autoscaler() + "---\n" + manifests.configMap();
            }
            default -> {
                fileName = "deployment-" + round + ".yaml";
                text = manifests.deployment();
            }
        }
        if (round >= 7) {
            fileName = fileName.replaceFirst("(-\\d+)?(\\.ya?ml)$", "-" + round + "$2");
        }
        write(folder + "/" + fileName, text);
    }

    /** Kubernetes objects of one service, with security settings that vary per file. */
    private static final class Manifests {
        private final Random random;
        private final String name;
        private final String env;

        Manifests(Random random, String name, String env) {
            this.random = random;
            this.name = name;
            this.env = env;
        }

        String deployment() {
            StringBuilder yaml = new StringBuilder();
            yaml.append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n");
            yaml.append("  name: ").append(name).append('\n');
            yaml.append("  namespace: ").append(env).append('\n');
            yaml.append("  labels:\n    app.kubernetes.io/name: ").append(name)
                    .append("\n    app.kubernetes.io/part-of: shop\n");
            yaml.append("  annotations:\n    deployment.kubernetes.io/revision: \"")
                    .append(1 + random.nextInt(40)).append("\"\n");
            yaml.append("spec:\n  replicas: ").append(1 + random.nextInt(6)).append('\n');
            yaml.append("  selector:\n    matchLabels:\n      app.kubernetes.io/name: ").append(name).append('\n');
            yaml.append("  strategy:\n    type: RollingUpdate\n    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}\n");
            yaml.append("  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ")
                    .append(name).append('\n');
            yaml.append("    spec:\n      serviceAccountName: ").append(name).append('\n');
            yaml.append("      automountServiceAccountToken: ").append(random.nextBoolean()).append('\n');
            if (random.nextInt(10) == 0) {
                yaml.append("      hostNetwork: true\n");
            }
            if (random.nextInt(3) > 0) {
                yaml.append("      securityContext:\n        runAsNonRoot: true\n        runAsUser: ")
                        .append(10000 + random.nextInt(1000))
                        .append("\n        fsGroup: 2000\n        seccompProfile:\n          type: RuntimeDefault\n");
            }
            yaml.append("      containers:\n");
            int containers = 1 + random.nextInt(2);
            for (int c = 0; c < containers; c++) {
                container(yaml, c == 0 ? name : "sidecar-" + c);
            }
            yaml.append("      volumes:\n        - name: tmp\n          emptyDir: {}\n");
            return yaml.toString();
        }

        private void container(StringBuilder yaml, String containerName) {
            yaml.append("        - name: ").append(containerName).append('\n');
            yaml.append("          image: ").append(image(random, "registry.example.com/shop/" + name)).append('\n');
            yaml.append("          imagePullPolicy: IfNotPresent\n");
            yaml.append("          args: [\"--port=8080\", \"--log-format=json\"]\n");
            yaml.append("          ports:\n            - name: http\n              containerPort: 8080\n              protocol: TCP\n");
            yaml.append("          env:\n");
            int variables = 2 + random.nextInt(5);
            for (int v = 0; v < variables; v++) {
                yaml.append("            - name: SETTING_").append(v).append('\n');
                if (v == 0) {
                    yaml.append("              valueFrom:\n                secretKeyRef:\n                  name: ")
                            .append(name).append("-db\n                  key: password\n");
                } else {
                    yaml.append("              value: \"").append(Integer.toHexString(random.nextInt())).append("\"\n");
                }
            }
            yaml.append("          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n");
            if (random.nextBoolean()) {
                yaml.append("            limits:\n              cpu: 500m\n              memory: 512Mi\n");
            }
            yaml.append("          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n            periodSeconds: 10\n");
            switch (random.nextInt(4)) {
                case 0 -> yaml.append("          securityContext:\n            privileged: true\n");
                case 1 -> { }
                default -> yaml.append("          securityContext:\n            allowPrivilegeEscalation: false\n")
                        .append("            readOnlyRootFilesystem: ").append(random.nextInt(4) > 0).append('\n')
                        .append("            capabilities:\n              drop: [\"ALL\"]\n");
            }
            yaml.append("          volumeMounts:\n            - name: tmp\n              mountPath: /tmp\n");
        }

        String service() {
            return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n  namespace: " + env
                    + "\n  labels:\n    app.kubernetes.io/name: " + name + "\nspec:\n  type: "
                    + (random.nextInt(8) == 0 ? "LoadBalancer" : "ClusterIP")
                    + "\n  selector:\n    app.kubernetes.io/name: " + name
                    + "\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";
        }

        String serviceAccount() {
            return "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: " + name + "\n  namespace: " + env
                    + "\nautomountServiceAccountToken: " + random.nextBoolean() + "\n";
        }

        String defaultDeny() {
            return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n"
                    + "  namespace: " + env + "\nspec:\n  podSelector: {}\n  policyTypes:\n    - Ingress\n    - Egress\n";
        }

        String allowIngress() {
            StringBuilder yaml = new StringBuilder();
            yaml.append("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-")
                    .append(name).append("\n  namespace: ").append(env).append('\n');
            yaml.append("spec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: ").append(name).append('\n');
            yaml.append("  policyTypes: [Ingress, Egress]\n  ingress:\n    - from:\n");
            if (random.nextInt(6) == 0) {
                yaml.append("        - ipBlock:\n            cidr: 0.0.0.0/0\n");
            } else {
                yaml.append("        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress\n");
                yaml.append("          podSelector:\n            matchLabels:\n              app.kubernetes.io/name: gateway\n");
            }
            yaml.append("      ports:\n        - protocol: TCP\n          port: 8080\n");
            yaml.append("  egress:\n    - to:\n        - namespaceSelector: {}\n      ports:\n        - {protocol: UDP, port: 53}\n");
            return yaml.toString();
        }

        String role() {
            boolean wildcard = random.nextInt(8) == 0;
            String kind = wildcard ? "ClusterRole" : "Role";
            StringBuilder yaml = new StringBuilder();
            yaml.append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ").append(kind)
                    .append("\nmetadata:\n  name: ").append(name).append("-reader\n");
            if (!wildcard) {
                yaml.append("  namespace: ").append(env).append('\n');
            }
            yaml.append("rules:\n");
            if (wildcard) {
                yaml.append("  - apiGroups: [\"*\"]\n    resources: [\"*\"]\n    verbs: [\"*\"]\n");
            } else {
                yaml.append("  - apiGroups: [\"\"]\n    resources:\n      - configmaps\n      - secrets\n")
                        .append("    resourceNames: [\"").append(name).append("-config\"]\n")
                        .append("    verbs: [\"get\", \"watch\", \"list\"]\n");
                yaml.append("  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: [get]\n");
            }
            return yaml.toString();
        }

        String roleBinding() {
            return "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: " + name
                    + "-reader\n  namespace: " + env + "\nsubjects:\n  - kind: ServiceAccount\n    name: " + name
                    + "\n    namespace: " + env + "\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n"
                    + "  name: " + name + "-reader\n";
        }

        String autoscaler() {
            return "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: " + name
                    + "\n  namespace: " + env + "\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n"
                    + "    kind: Deployment\n    name: " + name + "\n  minReplicas: 2\n  maxReplicas: "
                    + (3 + random.nextInt(20)) + "\n  metrics:\n    - type: Resource\n      resource:\n"
                    + "        name: cpu\n        target:\n          type: Utilization\n"
                    + "          averageUtilization: 70\n";
        }

        String configMap() {
            StringBuilder yaml = new StringBuilder();
            yaml.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name)
                    .append("-config\n  namespace: ").append(env).append("\ndata:\n  LOG_LEVEL: info\n");
            yaml.append("  application.properties: |\n");
            int lines = 5 + random.nextInt(20);
            for (int i = 0; i < lines; i++) {
                yaml.append("    shop.").append(name).append(".option").append(i).append('=')
                        .append(random.nextInt(1000)).append('\n');
            }
            return yaml.toString();
        }
    }

    // ---- GitHub Actions workflows ----------------------------------------------------------

    private void writeWorkflow(int index) throws IOException {
        Random random = random(2, index);
        String name = service(index % services);
        String[] purposes = {"ci", "release", "deploy", "codeql", "nightly"};
        String purpose = purposes[(index / services) % purposes.length];
        int round = index / (services * purposes.length);
        String suffix = round == 0 ? "" : "-" + round;
        String extension = random.nextInt(4) == 0 ? ".yaml" : ".yml";
        write(".github/workflows/" + name + "-" + purpose + suffix + extension,
                new Workflow(random, name, purpose).text());
    }

    /** One workflow with several jobs; pinning, permissions and triggers vary per file. */
    private static final class Workflow {
        private final Random random;
        private final String name;
        private final String purpose;
        private final StringBuilder yaml = new StringBuilder();

        Workflow(Random random, String name, String purpose) {
            this.random = random;
            this.name = name;
            this.purpose = purpose;
        }

        String text() {
            yaml.append("# ").append(purpose).append(" for services/").append(name).append('\n');
            yaml.append("name: ").append(name).append(' ').append(purpose).append("\n\n");
            triggers();
            if (random.nextInt(3) == 0) {
                yaml.append("permissions:\n  contents: read\n");
                if (random.nextBoolean()) {
                    yaml.append("  id-token: write\n");
                }
                yaml.append('\n');
            } else if (random.nextInt(10) == 0) {
                yaml.append("permissions: write-all\n\n");
            }
            yaml.append("concurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true\n\n");
            yaml.append("env:\n  SERVICE: ").append(name).append("\n  GO_VERSION: \"1.22\"\n  REGISTRY: ghcr.io\n\n");
            yaml.append("jobs:\n");
            int jobs = 2 + random.nextInt(4);
            String previous = null;
            for (int j = 0; j < jobs; j++) {
                String id = new String[] {"lint", "test", "build", "scan", "publish", "deploy"}[j];
                job(id, previous);
                previous = id;
            }
            return yaml.toString();
        }

        private void triggers() {
            yaml.append("on:\n");
            switch (purpose) {
                case "nightly" -> yaml.append("  schedule:\n    - cron: \"").append(random.nextInt(60))
                        .append(' ').append(random.nextInt(24)).append(" * * *\"\n  workflow_dispatch:\n");
                case "release" -> yaml.append("  push:\n    tags: [\"v*.*.*\"]\n");
                default -> {
                    yaml.append("  push:\n    branches: [main]\n    paths:\n      - \"services/")
                            .append(name).append("/**\"\n      - .github/workflows/").append(name).append("-*\n");
                    yaml.append(random.nextInt(8) == 0 ? "  pull_request_target:\n" : "  pull_request:\n");
                    yaml.append("    branches:\n      - main\n      - 'release/**'\n");
                }
            }
            yaml.append('\n');
        }

        private void job(String id, String needs) {
            yaml.append("  ").append(id).append(":\n");
            yaml.append("    name: ").append(id).append(" (").append(name).append(")\n");
            yaml.append("    runs-on: ").append(random.nextInt(5) == 0 ? "[self-hosted, linux, x64]" : "ubuntu-latest").append('\n');
            if (needs != null) {
                yaml.append("    needs: ").append(needs).append('\n');
            }
            yaml.append("    timeout-minutes: ").append(10 + random.nextInt(50)).append('\n');
            if (random.nextInt(4) == 0) {
                yaml.append("    permissions:\n      contents: read\n      packages: write\n");
            }
            if (id.equals("deploy")) {
                yaml.append("    environment:\n      name: production\n      url: https://").append(name).append(".example.com\n");
                yaml.append("    if: github.ref == 'refs/heads/main'\n");
            }
            if (id.equals("test") && random.nextBoolean()) {
                yaml.append("    strategy:\n      fail-fast: false\n      matrix:\n        os: [ubuntu-latest, macos-latest]\n        version: [\"1.21\", \"1.22\"]\n");
            }
            yaml.append("    defaults:\n      run:\n        working-directory: services/").append(name).append('\n');
            yaml.append("    steps:\n");
            step("actions/checkout", "      with:\n          fetch-depth: 0\n          persist-credentials: false\n");
            int steps = 2 + random.nextInt(6);
            for (int s = 0; s < steps; s++) {
                if (random.nextInt(5) < 2) {
                    String action = ACTIONS[1 + random.nextInt(ACTIONS.length - 1)];
                    step(action, random.nextBoolean()
                            ? "      with:\n          cache: true\n          token: ${{ secrets.GITHUB_TOKEN }}\n" : "");
                } else {
                    run(s);
                }
            }
        }

        private void step(String action, String with) {
            yaml.append("      - name: Use ").append(action).append('\n');
            yaml.append("        uses: ").append(action).append('@');
            switch (random.nextInt(4)) {
                case 0 -> yaml.append("v").append(1 + random.nextInt(4)).append('\n');
                case 1 -> yaml.append("main\n");
                default -> yaml.append(hex(random, 40)).append(" # v").append(1 + random.nextInt(4)).append('.')
                        .append(random.nextInt(10)).append('.').append(random.nextInt(10)).append('\n');
            }
            if (!with.isEmpty()) {
                yaml.append("  ").append(with);
            }
        }

        private void run(int step) {
            yaml.append("      - name: Step ").append(step).append('\n');
            if (random.nextBoolean()) {
                yaml.append("        run: make ").append(new String[] {"lint", "test", "build", "image"}[random.nextInt(4)]).append('\n');
                return;
            }
            yaml.append("        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n");
            yaml.append("        run: |\n");
            yaml.append("          set -euo pipefail\n");
            int lines = 2 + random.nextInt(8);
            for (int i = 0; i < lines; i++) {
                yaml.append("          echo \"step ").append(step).append(" line ").append(i)
                        .append(" for ${{ github.sha }}\" >> \"$GITHUB_STEP_SUMMARY\"\n");
            }
            if (random.nextInt(6) == 0) {
                yaml.append("          curl -sSL https://get.example.com/install.sh | bash\n");
            }
        }
    }

    // ---- Terraform -------------------------------------------------------------------------

    private void writeTerraform(int index) throws IOException {
        Random random = random(3, index);
        Terraform terraform = new Terraform(random);
        // The first files form shared modules under infra/, and the rest belong to services.
        int moduleFiles = MODULES.length * 3 * ENVIRONMENTS.length;
        if (index < moduleFiles) {
            int module = index % MODULES.length;
            int part = (index / MODULES.length) % 3;
            int copy = index / (MODULES.length * 3);
            String folder = copy == 0
                    ? "infra/modules/" + MODULES[module]
                    : "infra/envs/" + ENVIRONMENTS[copy] + "/" + MODULES[module];
            String[] names = {"main.tf", "variables.tf", "outputs.tf"};
            write(folder + "/" + names[part], terraform.file(part, MODULES[module]));
            return;
        }
        int serviceIndex = index - moduleFiles;
        String name = service(serviceIndex % services);
        int round = serviceIndex / services;
        String[] names = {"main.tf", "variables.tf", "iam.tf", "network.tf", "storage.tf"};
        String fileName = round < names.length ? names[round] : "extra-" + round + ".tf";
        write("services/" + name + "/terraform/" + fileName, terraform.file(round, name));
    }

    /** Terraform files with buckets, security groups, IAM policies, variables and modules. */
    private static final class Terraform {
        private final Random random;

        Terraform(Random random) {
            this.random = random;
        }

        String file(int part, String name) {
            return switch (part % 5) {
                case 0 -> terraformBlock() + moduleCall(name) + bucket(name);
                case 1 -> variables(name);
                case 2 -> iam(name);
                case 3 -> securityGroup(name);
                default -> bucket(name) + outputs(name);
            };
        }

        private String terraformBlock() {
            return "terraform {\n  required_version = \">= 1.5\"\n  required_providers {\n"
                    + "    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n"
                    + "  backend \"s3\" {\n    bucket = \"shop-terraform-state\"\n    key    = \"state.tfstate\"\n"
                    + "    region = \"eu-west-1\"\n    encrypt = " + random.nextBoolean() + "\n  }\n}\n\n"
                    + "provider \"aws\" {\n  region = var.region\n  default_tags {\n    tags = local.tags\n  }\n}\n\n"
                    + "locals {\n  tags = {\n    Team    = \"platform\"\n    Service = var.name\n  }\n}\n\n";
        }

        private String moduleCall(String name) {
            String module = MODULES[random.nextInt(MODULES.length)];
            return "module \"" + module + "\" {\n  source = \"" + (random.nextBoolean()
                    ? "../../../infra/modules/" + module
                    : "git::https://git.example.com/terraform/" + module + ".git?ref=v" + (1 + random.nextInt(3)) + ".0.0")
                    + "\"\n  name   = \"" + name + "\"\n  tags   = local.tags\n}\n\n";
        }

        private String bucket(String name) {
            String id = "b" + Integer.toHexString(random.nextInt(0x10000));
            StringBuilder hcl = new StringBuilder();
            hcl.append("resource \"aws_s3_bucket\" \"").append(id).append("\" {\n  bucket = \"shop-")
                    .append(name).append('-').append(id).append("\"\n  tags   = local.tags\n}\n\n");
            if (random.nextInt(3) > 0) {
                hcl.append("resource \"aws_s3_bucket_public_access_block\" \"").append(id).append("\" {\n")
                        .append("  bucket                  = aws_s3_bucket.").append(id).append(".id\n")
                        .append("  block_public_acls       = true\n  block_public_policy     = true\n")
                        .append("  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\n");
            }
            if (random.nextBoolean()) {
                hcl.append("resource \"aws_s3_bucket_server_side_encryption_configuration\" \"").append(id)
                        .append("\" {\n  bucket = aws_s3_bucket.").append(id).append(".id\n  rule {\n")
                        .append("    apply_server_side_encryption_by_default {\n      sse_algorithm     = \"aws:kms\"\n")
                        .append("      kms_master_key_id = var.kms_key_arn\n    }\n  }\n}\n\n");
            }
            if (random.nextInt(5) == 0) {
                hcl.append("resource \"aws_s3_bucket_acl\" \"").append(id).append("\" {\n  bucket = aws_s3_bucket.")
                        .append(id).append(".id\n  acl    = \"public-read\"\n}\n\n");
            }
            return hcl.toString();
        }

        private String variables(String name) {
            StringBuilder hcl = new StringBuilder();
            hcl.append("variable \"name\" {\n  type        = string\n  description = \"Service name.\"\n  default     = \"")
                    .append(name).append("\"\n}\n\n");
            hcl.append("variable \"region\" {\n  type    = string\n  default = \"eu-west-1\"\n}\n\n");
            hcl.append("variable \"kms_key_arn\" {\n  type      = string\n  sensitive = true\n}\n\n");
            int extra = 2 + random.nextInt(8);
            for (int i = 0; i < extra; i++) {
                hcl.append("variable \"setting_").append(i).append("\" {\n  type = ")
                        .append(i % 2 == 0 ? "number" : "list(string)").append("\n  default = ")
                        .append(i % 2 == 0 ? String.valueOf(random.nextInt(100)) : "[\"a\", \"b\"]")
                        .append("\n  validation {\n    condition     = length(tostring(var.setting_").append(i)
                        .append(")) > 0\n    error_message = \"Must not be empty.\"\n  }\n}\n\n");
            }
            return hcl.toString();
        }

        private String iam(String name) {
            StringBuilder hcl = new StringBuilder();
            hcl.append("resource \"aws_iam_role\" \"service\" {\n  name = \"").append(name).append("\"\n");
            hcl.append("  assume_role_policy = <<EOF\n{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n")
                    .append("      \"Effect\": \"Allow\",\n      \"Principal\": { \"Service\": \"ec2.amazonaws.com\" },\n")
                    .append("      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}\nEOF\n}\n\n");
            boolean broad = random.nextInt(5) == 0;
            hcl.append("resource \"aws_iam_policy\" \"service\" {\n  name   = \"").append(name).append("-access\"\n");
            hcl.append("  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [\n");
            hcl.append("      {\n        Effect   = \"Allow\"\n        Action   = ")
                    .append(broad ? "\"*\"" : "[\"s3:GetObject\", \"s3:PutObject\"]")
                    .append("\n        Resource = ").append(broad ? "\"*\"" : "\"${aws_s3_bucket.data.arn}/*\"")
                    .append("\n      },\n");
            hcl.append("      {\n        Effect   = \"Allow\"\n        Action   = [\"kms:Decrypt\"]\n")
                    .append("        Resource = [var.kms_key_arn]\n      }\n    ]\n  })\n}\n\n");
            hcl.append("resource \"aws_iam_role_policy_attachment\" \"service\" {\n  role       = aws_iam_role.service.name\n")
                    .append("  policy_arn = aws_iam_policy.service.arn\n}\n\n");
            hcl.append("data \"aws_iam_policy_document\" \"read\" {\n  statement {\n    actions   = [\"sqs:ReceiveMessage\"]\n")
                    .append("    resources = [\"arn:aws:sqs:*:*:").append(name).append("\"]\n  }\n}\n");
            return hcl.toString();
        }

        private String securityGroup(String name) {
            StringBuilder hcl = new StringBuilder();
            hcl.append("resource \"aws_security_group\" \"service\" {\n  name        = \"").append(name)
                    .append("\"\n  description = \"Traffic to ").append(name).append("\"\n  vpc_id      = var.vpc_id\n\n");
            int rules = 1 + random.nextInt(4);
            for (int i = 0; i < rules; i++) {
                int port = new int[] {22, 80, 443, 5432, 8080}[random.nextInt(5)];
                hcl.append("  ingress {\n    description = \"rule ").append(i).append("\"\n    from_port   = ").append(port)
                        .append("\n    to_port     = ").append(port).append("\n    protocol    = \"tcp\"\n")
                        .append("    cidr_blocks = [\"").append(random.nextInt(4) == 0 ? "0.0.0.0/0" : "10.0.0.0/8")
                        .append("\"]\n  }\n\n");
            }
            hcl.append("  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n")
                    .append("    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\n");
            hcl.append("variable \"vpc_id\" {\n  type = string\n}\n");
            return hcl.toString();
        }

        private String outputs(String name) {
            return "output \"role_arn\" {\n  value = aws_iam_role.service.arn\n}\n\n"
                    + "output \"name\" {\n  value = \"" + name + "\"\n}\n";
        }
    }

    // ---- Dockerfiles -----------------------------------------------------------------------

    private void writeDockerfile(int index) throws IOException {
        Random random = random(4, index);
        String name = service(index % services);
        int round = index / services;
        String[] names = {"Dockerfile", "Dockerfile.dev", "build/Containerfile"};
        String fileName = round < names.length ? names[round] : "docker/" + round + ".Dockerfile";
        write("services/" + name + "/" + fileName, dockerfile(random, name));
    }

    private static String dockerfile(Random random, String name) {
        String[] builders = {"golang", "node", "python", "eclipse-temurin"};
        String[] builderTags = {"1.22-bookworm", "20-bookworm", "3.12-slim", "17-jdk"};
        int languageIndex = random.nextInt(LANGUAGES.length);
        StringBuilder text = new StringBuilder();
        text.append("# syntax=docker/dockerfile:1\n");
        text.append("ARG BASE_IMAGE=").append(image(random, "gcr.io/distroless/base-debian12")).append('\n');
        text.append("FROM ").append(image(random, builders[languageIndex], builderTags[languageIndex])).append(" AS build\n");
        text.append("WORKDIR /src\nCOPY . .\n");
        text.append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n")
                .append("        ca-certificates \\\n        curl \\\n        git \\\n    && rm -rf /var/lib/apt/lists/*\n");
        int steps = 1 + random.nextInt(4);
        for (int i = 0; i < steps; i++) {
            text.append("RUN --mount=type=cache,target=/root/.cache make build-").append(i)
                    .append(" \\\n    SERVICE=").append(name).append(" \\\n    OUT=/out/").append(name).append('\n');
        }
        text.append('\n');
        text.append("FROM ${BASE_IMAGE}\n");
        text.append("LABEL org.opencontainers.image.source=\"https://git.example.com/shop/").append(name).append("\"\n");
        text.append("COPY --from=build /out/").append(name).append(" /app/").append(name).append('\n');
        text.append("ENV PORT=8080\nEXPOSE 8080\n");
        switch (random.nextInt(4)) {
            case 0 -> text.append("USER root\n");
            case 1 -> { }
            default -> text.append("USER ").append(random.nextBoolean() ? "nonroot:nonroot" : "10001").append('\n');
        }
        if (random.nextBoolean()) {
            text.append("HEALTHCHECK --interval=30s --timeout=3s CMD [\"/app/").append(name).append("\", \"health\"]\n");
        }
        text.append("ENTRYPOINT [\"/app/").append(name).append("\"]\n");
        return text.toString();
    }

    // ---- Root files ------------------------------------------------------------------------

    private void writeRootFiles() throws IOException {
        StringBuilder owners = new StringBuilder("# Owners of each part of the monorepo.\n* @shop/platform\n");
        owners.append("/infra/ @shop/infra\n/.github/ @shop/platform @shop/security\n");
        for (int i = 0; i < services; i++) {
            owners.append("/services/").append(service(i)).append("/ @shop/team-").append(i % 17).append('\n');
        }
        write("CODEOWNERS", owners.toString());
        write("SECURITY.md", "# Security policy\n\nReport vulnerabilities to security@example.com."
                + " We answer within two working days.\n");
        StringBuilder dependabot = new StringBuilder("version: 2\nupdates:\n");
        dependabot.append("  - package-ecosystem: github-actions\n    directory: /\n    schedule:\n      interval: weekly\n");
        for (int i = 0; i < Math.min(services, 50); i++) {
            dependabot.append("  - package-ecosystem: docker\n    directory: /services/").append(service(i))
                    .append("\n    schedule:\n      interval: daily\n");
        }
        write(".github/dependabot.yml", dependabot.toString());
    }

    // ---- Shared helpers --------------------------------------------------------------------

    /** Returns an image reference, pinned by digest in about a third of the cases. */
    private static String image(Random random, String repository) {
        if (random.nextInt(3) == 0) {
            return repository + "@sha256:" + hex(random, 64);
        }
        return repository + ":" + (random.nextBoolean() ? "latest" : "1." + random.nextInt(30));
    }

    /** Returns {@code repository:tag}, or the repository pinned by digest in about a third of the cases. */
    private static String image(Random random, String repository, String tag) {
        if (random.nextInt(3) == 0) {
            return repository + "@sha256:" + hex(random, 64);
        }
        return repository + ":" + tag;
    }

    private static String hex(Random random, int digits) {
        StringBuilder hex = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
