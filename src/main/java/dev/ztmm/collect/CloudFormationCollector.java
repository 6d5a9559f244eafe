package dev.ztmm.collect;

import dev.ztmm.collect.iam.CloudFormationPolicies;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads AWS CloudFormation templates in YAML or JSON, recognised by content: a template has an
 * AWSTemplateFormatVersion key, or a Resources mapping with a resource whose Type starts with
 * "AWS::". Each template gives one cloudformation document, as written with short-form tags in
 * their long form, and one iam-policy document per IAM policy in it.
 */
public final class CloudFormationCollector implements Collector {

    private static final Pattern VERSION_KEY =
            Pattern.compile("(?m)^\\s*[\"']?AWSTemplateFormatVersion[\"']?\\s*:");

    private static final Pattern RESOURCES_KEY =
            Pattern.compile("(?m)^\\s*[\"']?Resources[\"']?\\s*:");

    private static final Pattern AWS_TYPE = Pattern.compile("[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::");

    private final YamlLoader loader = new YamlLoader(new CloudFormationTags());

    @Override
    public String name() {
        return "cloudformation";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String lower = file.fileName().toLowerCase(Locale.ROOT);
        return FileNames.isYaml(lower) || lower.endsWith(".json") || lower.endsWith(".template");
    }

    @Override
    public boolean acceptsContent(SourceText source) {
        String text = source.text();
        return VERSION_KEY.matcher(text).find()
                || RESOURCES_KEY.matcher(text).find() && AWS_TYPE.matcher(text).find();
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        boolean json = source.text().stripLeading().startsWith("{");
        Node root = json ? JsonLoader.load(source.text()) : singleYamlDocument(source);
        if (!(root instanceof MapNode template) || !isTemplate(template)) {
            return Collected.of(List.of());
        }
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(DocumentKind.CLOUDFORMATION, source.path(), template));
        for (MapNode policy : CloudFormationPolicies.find(template, json ? "json" : "yaml")) {
            documents.add(new Document(DocumentKind.IAM_POLICY, source.path(), policy));
        }
        return Collected.of(documents);
    }

    private Node singleYamlDocument(SourceText source) throws CollectException {
        List<Node> roots = loader.loadAll(source);
        if (roots.size() > 1) {
            throw new CollectException("File contains " + roots.size() + " YAML documents; a"
                    + " CloudFormation template is one.", roots.get(1).position());
        }
        return roots.isEmpty() ? null : roots.get(0);
    }

    /** Returns whether the tree is a template, not other YAML that mentions the same words. */
    static boolean isTemplate(MapNode root) {
        if (root.has("AWSTemplateFormatVersion")) {
            return true;
        }
        if (!(root.get("Resources") instanceof MapNode resources)) {
            return false;
        }
        return resources.entries().values().stream().anyMatch(resource ->
                resource instanceof MapNode entry
                        && entry.get("Type") instanceof ScalarNode type
                        && type.scalar() instanceof String text
                        && text.startsWith("AWS::"));
    }
}
