package dev.ztmm.collect.iam;

import dev.ztmm.collect.RepositoryPaths;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the IAM policy documents of one Terraform file: the policy attributes of IAM and
 * resource-policy resources, and {@code data "aws_iam_policy_document"} blocks.
 *
 * <p>A policy attribute may be written with jsonencode() (already a tree), as a JSON string or
 * heredoc (parsed here, at its lines), as {@code file("path")} (whose JSON file is its own
 * document), or as a reference to a policy-document data source in the same file (whose
 * statements it takes). Any other expression, such as a variable, gives an unknown policy.
 */
public final class TerraformPolicies {

    /** Resource types and the attributes that hold a policy; "+" marks a trust policy. */
    private static final Map<String, List<String>> POLICY_ATTRIBUTES = Map.ofEntries(
            Map.entry("aws_iam_policy", List.of("policy")),
            Map.entry("aws_iam_role_policy", List.of("policy")),
            Map.entry("aws_iam_user_policy", List.of("policy")),
            Map.entry("aws_iam_group_policy", List.of("policy")),
            Map.entry("aws_iam_role", List.of("+assume_role_policy", "inline_policy[].policy")),
            Map.entry("aws_s3_bucket_policy", List.of("policy")),
            Map.entry("aws_s3_bucket", List.of("policy")),
            Map.entry("aws_sqs_queue_policy", List.of("policy")),
            Map.entry("aws_sns_topic_policy", List.of("policy")),
            Map.entry("aws_kms_key", List.of("policy")),
            Map.entry("aws_ecr_repository_policy", List.of("policy")),
            Map.entry("aws_elasticsearch_domain_policy", List.of("access_policies")),
            Map.entry("aws_opensearch_domain_policy", List.of("access_policies")));

    private static final String DOCUMENT_TYPE = "aws_iam_policy_document";

    private static final Pattern DATA_REFERENCE =
            Pattern.compile("\\$\\{data\\.aws_iam_policy_document\\.([\\w-]+)\\.json}");

    private final String path;
    private final PolicyText text;
    private final Predicate<String> fileExists;
    private final Map<String, MapNode> dataSources = new LinkedHashMap<>();
    private final Set<String> usedDataSources = new HashSet<>();

    private TerraformPolicies(String path, String source, Predicate<String> fileExists) {
        this.path = path;
        this.text = new PolicyText(source);
        this.fileExists = fileExists;
    }

    /**
     * Returns the trees of the file's policy documents, in file order of their resources, then
     * the data sources that no resource of the file uses.
     *
     * @param path the file's path in the repository
     * @param source the file's text, to find where a heredoc's lines start
     * @param tree the file's Terraform tree
     * @param fileExists returns whether a repository path is a walked file
     */
    public static List<MapNode> find(
            String path, String source, MapNode tree, Predicate<String> fileExists) {
        return new TerraformPolicies(path, source, fileExists).find(tree);
    }

    private List<MapNode> find(MapNode tree) {
        for (Node data : Values.items(tree.get("data"))) {
            MapNode entry = (MapNode) data;
            if (DOCUMENT_TYPE.equals(Values.text(entry.get("type")))) {
                dataSources.put(Values.text(entry.get("name")), entry);
            }
        }
        List<MapNode> documents = new ArrayList<>();
        for (Node resource : Values.items(tree.get("resources"))) {
            addResourcePolicies((MapNode) resource, documents);
        }
        dataSources.forEach((name, entry) -> {
            if (!usedDataSources.contains(name)) {
                documents.add(unusedDataSource(name, entry));
            }
        });
        return documents;
    }

    private void addResourcePolicies(MapNode resource, List<MapNode> documents) {
        String type = Values.text(resource.get("type"));
        List<String> attributes = type == null ? null : POLICY_ATTRIBUTES.get(type);
        if (attributes == null || !(resource.get("body") instanceof MapNode body)) {
            return;
        }
        String address = type + "." + Values.text(resource.get("name"));
        for (String attribute : attributes) {
            boolean trust = attribute.startsWith("+");
            String name = trust ? attribute.substring(1) : attribute;
            if (name.endsWith("[].policy")) {
                addNestedPolicies(body, name, address, type, documents);
            } else if (body.get(name) != null) {
                PolicySource source = new PolicySource("terraform", address, type, name, null);
                documents.add(policy(body.get(name), source, trust));
            }
        }
    }

    /** Adds the policies of nested blocks such as aws_iam_role's inline_policy. */
    private void addNestedPolicies(
            MapNode body, String name, String address, String type, List<MapNode> documents) {
        String blockType = name.substring(0, name.indexOf('['));
        List<Node> blocks = Values.items(body.get(blockType));
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof MapNode block && block.get("policy") != null) {
                String attribute = blockType + "[" + i + "].policy";
                PolicySource source = new PolicySource("terraform", address, type, attribute, null);
                documents.add(policy(block.get("policy"), source, false));
            }
        }
    }

    private MapNode policy(Node value, PolicySource source, boolean trust) {
        if (value instanceof MapNode) {
            return PolicyDocuments.fromPolicyJson(value, source.withForm("jsonencode"), trust);
        }
        String written = Values.text(value);
        if (!(value instanceof ScalarNode) || written == null) {
            return PolicyDocuments.unknown(value.position(), source.withForm("expression"), trust,
                    "The policy is " + Values.describe(value) + ", not a policy document.");
        }
        Matcher reference = DATA_REFERENCE.matcher(written);
        if (reference.matches()) {
            return fromDataSource(reference.group(1), value, source, trust);
        }
        String file = FileCall.path(written, RepositoryPaths.folderOf(path));
        if (file != null) {
            return fromFile(file, value, source, trust);
        }
        return text.parse((ScalarNode) value, source, trust);
    }

    private MapNode fromDataSource(String name, Node value, PolicySource source, boolean trust) {
        PolicySource dataSource = source.withForm("data-source");
        MapNode entry = dataSources.get(name);
        if (entry == null || !usedDataSources.add(name)) {
            return PolicyDocuments.definedIn(value.position(), dataSource, trust,
                    "data." + DOCUMENT_TYPE + "." + name);
        }
        MapNode body = (MapNode) entry.get("body");
        return PolicyDocuments.fromStatements(entry.position(), dataSource, trust,
                body.get("version"), TerraformStatements.of(body));
    }

    private MapNode fromFile(String file, Node value, PolicySource source, boolean trust) {
        PolicySource fileSource = source.withForm("file");
        if (file.contains("${")) {
            return PolicyDocuments.unknown(value.position(), fileSource, trust,
                    "The policy file path '" + file + "' depends on an expression.");
        }
        if (!fileExists.test(file)) {
            return PolicyDocuments.unknown(value.position(), fileSource, trust,
                    "The policy file '" + file + "' is not in the repository.");
        }
        return PolicyDocuments.definedIn(value.position(), fileSource, trust, file);
    }

    private MapNode unusedDataSource(String name, MapNode entry) {
        MapNode body = (MapNode) entry.get("body");
        PolicySource source = new PolicySource("terraform", "data." + DOCUMENT_TYPE + "." + name,
                DOCUMENT_TYPE, null, "data-source");
        var statements = TerraformStatements.of(body);
        return PolicyDocuments.fromStatements(entry.position(), source,
                PolicyDocuments.looksLikeTrust(statements), body.get("version"), statements);
    }
}
