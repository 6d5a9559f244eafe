package dev.ztmm.collect.iam;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.JsonLoader;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the IAM policy documents of a CloudFormation template: the policy properties of IAM
 * resources and of resource policies such as AWS::S3::BucketPolicy.
 */
public final class CloudFormationPolicies {

    /** Resource types and their policy properties; "+" marks a trust policy, "[]" a list. */
    private static final Map<String, List<String>> POLICY_PROPERTIES = Map.ofEntries(
            Map.entry("AWS::IAM::Policy", List.of("PolicyDocument")),
            Map.entry("AWS::IAM::ManagedPolicy", List.of("PolicyDocument")),
            Map.entry("AWS::IAM::RolePolicy", List.of("PolicyDocument")),
            Map.entry("AWS::IAM::UserPolicy", List.of("PolicyDocument")),
            Map.entry("AWS::IAM::GroupPolicy", List.of("PolicyDocument")),
            Map.entry("AWS::IAM::Role",
                    List.of("+AssumeRolePolicyDocument", "Policies[].PolicyDocument")),
            Map.entry("AWS::IAM::User", List.of("Policies[].PolicyDocument")),
            Map.entry("AWS::IAM::Group", List.of("Policies[].PolicyDocument")),
            Map.entry("AWS::S3::BucketPolicy", List.of("PolicyDocument")),
            Map.entry("AWS::SQS::QueuePolicy", List.of("PolicyDocument")),
            Map.entry("AWS::SNS::TopicPolicy", List.of("PolicyDocument")),
            Map.entry("AWS::KMS::Key", List.of("KeyPolicy")));

    private CloudFormationPolicies() {}

    /**
     * Returns the trees of the template's policy documents in the order of its resources.
     *
     * @param template the template's root
     * @param form "yaml" or "json", how the template is written
     */
    public static List<MapNode> find(MapNode template, String form) {
        List<MapNode> documents = new ArrayList<>();
        if (!(template.get("Resources") instanceof MapNode resources)) {
            return documents;
        }
        resources.entries().forEach((logicalId, resource) -> {
            if (resource instanceof MapNode entry) {
                addPolicies(logicalId, entry, form, documents);
            }
        });
        return documents;
    }

    private static void addPolicies(
            String logicalId, MapNode resource, String form, List<MapNode> documents) {
        String type = Values.text(resource.get("Type"));
        List<String> properties = type == null ? null : POLICY_PROPERTIES.get(type);
        if (properties == null || !(resource.get("Properties") instanceof MapNode props)) {
            return;
        }
        for (String property : properties) {
            boolean trust = property.startsWith("+");
            String name = trust ? property.substring(1) : property;
            if (name.startsWith("Policies[]")) {
                addListed(logicalId, type, props, form, documents);
            } else if (props.get(name) != null) {
                PolicySource source = new PolicySource(
                        "cloudformation", logicalId, type, "Properties." + name, form);
                documents.add(policy(props.get(name), source, trust));
            }
        }
    }

    /** Adds the inline policies of a role, user or group: Policies[i].PolicyDocument. */
    private static void addListed(
            String logicalId, String type, MapNode props, String form, List<MapNode> documents) {
        List<Node> policies = Values.items(props.get("Policies"));
        for (int i = 0; i < policies.size(); i++) {
            String attribute = "Properties.Policies[" + i + "].PolicyDocument";
            PolicySource source =
                    new PolicySource("cloudformation", logicalId, type, attribute, form);
            Node item = policies.get(i);
            if (item instanceof MapNode policy && !Intrinsics.isFunction(policy)) {
                if (policy.get("PolicyDocument") != null) {
                    documents.add(policy(policy.get("PolicyDocument"), source, false));
                }
            } else {
                documents.add(PolicyDocuments.unknown(item.position(), source, false,
                        "The inline policy is a CloudFormation function, known only on deploy."));
            }
        }
    }

    private static MapNode policy(Node value, PolicySource source, boolean trust) {
        if (value instanceof MapNode map && Intrinsics.isFunction(map)) {
            String function = map.entries().keySet().iterator().next();
            return PolicyDocuments.unknown(value.position(), source, trust,
                    "The policy is the result of " + function + ", known only on deploy.");
        }
        if (value instanceof ScalarNode scalar && scalar.scalar() instanceof String text) {
            try {
                Node parsed = JsonLoader.load(text, value.position().line() - 1);
                return PolicyDocuments.fromPolicyJson(parsed, source.withForm("string"), trust);
            } catch (CollectException e) {
                return PolicyDocuments.unknown(value.position(), source, trust,
                        "The policy is a string that is not JSON: " + e.getMessage());
            }
        }
        return PolicyDocuments.fromPolicyJson(value, source, trust);
    }
}
