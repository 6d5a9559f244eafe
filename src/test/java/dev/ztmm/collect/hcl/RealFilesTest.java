package dev.ztmm.collect.hcl;

import static dev.ztmm.collect.TreePaths.at;
import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Converts unchanged Terraform files from public repositories, listed in hcl/real/README.md. */
class RealFilesTest {

    private static MapNode load(String name) throws IOException {
        try (InputStream in = RealFilesTest.class.getResourceAsStream("/hcl/real/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TerraformTreeBuilder.parse(text);
        }
    }

    private static Node resource(MapNode root, String type, String name) {
        for (Node entry : ((ListNode) root.get("resources")).items()) {
            MapNode map = (MapNode) entry;
            if (map.get("type").toValue().equals(type) && map.get("name").toValue().equals(name)) {
                return map;
            }
        }
        throw new AssertionError("no resource " + type + "." + name);
    }

    @Test
    void terragoatEc2_securityGroupOpensSshToWorld() throws IOException {
        MapNode root = load("terragoat-ec2.tf");
        Node group = resource(root, "aws_security_group", "web-node");

        assertThat(group.position()).isEqualTo(Position.of(77, 1));
        assertThat(valueAt(group, "body", "ingress", 1, "from_port")).isEqualTo(22L);
        assertThat(valueAt(group, "body", "ingress", 1, "cidr_blocks"))
                .isEqualTo(List.of("0.0.0.0/0"));
        assertThat(at(group, "body", "ingress", 1).position()).isEqualTo(Position.of(90, 3));
        assertThat(valueAt(group, "body", "egress", 0, "protocol")).isEqualTo("-1");
    }

    @Test
    void terragoatEc2_userDataHeredocIsLiteral() throws IOException {
        MapNode root = load("terragoat-ec2.tf");
        Node instance = resource(root, "aws_instance", "web_host");

        assertThat((String) valueAt(instance, "body", "user_data"))
                .startsWith("#! /bin/bash\n")
                .contains("export AWS_DEFAULT_REGION=us-west-2\n");
        assertThat(valueAt(instance, "body", "ami")).isEqualTo("${var.ami}");
        assertThat(((ListNode) root.get("resources")).size()).isEqualTo(16);
    }

    @Test
    void terragoatIam_heredocPolicyIsText() throws IOException {
        MapNode root = load("terragoat-iam.tf");
        Node policy = resource(root, "aws_iam_user_policy", "userpolicy");

        assertThat((String) valueAt(policy, "body", "policy")).contains("\"Effect\": \"Allow\"");
        assertThat(at(policy, "body", "policy").position()).isEqualTo(Position.of(29, 12));
        assertThat(valueAt(root, "outputs", 1, "name")).isEqualTo("secret");
    }

    @Test
    void microservicesDemo_modulesAndFlushHeredoc() throws IOException {
        MapNode root = load("microservices-demo-main.tf");
        Node wait = resource(root, "null_resource", "wait_conditions");
        Object command = valueAt(wait, "body", "provisioner", 0, "command");

        assertThat(valueAt(root, "modules", 0, "name")).isEqualTo("enable_google_apis");
        assertThat(valueAt(root, "modules", 0, "body", "disable_services_on_destroy"))
                .isEqualTo(false);
        assertThat(valueAt(root, "locals", "memorystore_apis"))
                .isEqualTo(List.of("redis.googleapis.com"));
        assertThat(valueAt(wait, "body", "provisioner", 0, "_labels"))
                .isEqualTo(List.of("local-exec"));
        assertThat((String) command).contains("-n ${var.namespace} --timeout=280s");
    }

    @Test
    void vpcEndpoints_conditionalsStayUnknown() throws IOException {
        MapNode root = load("vpc-endpoints-main.tf");
        Node rule = resource(root, "aws_security_group_rule",
                "endpoints_allow_ingress_tcp443_from_vpc_cidr");

        assertThat(valueAt(root, "data", 1, "name")).isEqualTo("selected");
        assertThat(valueAt(rule, "body", "from_port")).isEqualTo(443L);
        assertThat(valueAt(rule, "body", "cidr_blocks"))
                .isEqualTo(List.of("${data.aws_vpc.selected.cidr_block}"));
        assertThat((String) valueAt(rule, "body", "ipv6_cidr_blocks")).startsWith("${data.");
        assertThat(rule.position()).isEqualTo(Position.of(20, 1));
    }
}
