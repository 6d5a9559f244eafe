package dev.ztmm.collect;

import dev.ztmm.collect.iam.PolicyDocuments;
import dev.ztmm.collect.iam.PolicySource;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.walk.RepoFile;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads JSON files that are AWS IAM policy documents: an object with a Statement and at most
 * Version and Id besides, such as the policies that Terraform loads with file().
 */
public final class IamPolicyFileCollector implements Collector {

    private static final Pattern STATEMENT_KEY = Pattern.compile("\"Statement\"\\s*:");

    private static final Set<String> POLICY_KEYS = Set.of("Version", "Id", "Statement");

    @Override
    public String name() {
        return "iam-policy";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    @Override
    public boolean acceptsContent(SourceText source) {
        return STATEMENT_KEY.matcher(source.text()).find();
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        Node root = JsonLoader.load(source.text());
        if (!isPolicy(root)) {
            return Collected.of(List.of());
        }
        PolicySource policySource = new PolicySource("json", null, null, null, "json");
        MapNode policy = PolicyDocuments.fromPolicyJson(root, policySource, false);
        if (PolicyDocuments.looksLikeTrust((ListNode) policy.get("statements"))) {
            policy = PolicyDocuments.fromPolicyJson(root, policySource, true);
        }
        return Collected.of(new Document(DocumentKind.IAM_POLICY, source.path(), policy));
    }

    private static boolean isPolicy(Node root) {
        return root instanceof MapNode map
                && (map.get("Statement") instanceof ListNode
                        || map.get("Statement") instanceof MapNode)
                && POLICY_KEYS.containsAll(map.entries().keySet());
    }
}
