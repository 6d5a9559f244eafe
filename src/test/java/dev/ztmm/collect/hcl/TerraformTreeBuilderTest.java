package dev.ztmm.collect.hcl;

import static dev.ztmm.collect.TreePaths.at;
import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerraformTreeBuilderTest {

    /** Converts {@code text} as the value of one attribute and returns its plain value. */
    private static Object valueOf(String text) {
        MapNode root = TerraformTreeBuilder.parse("locals {\n  v = " + text + "\n}\n");
        return valueAt(root, "locals", "v");
    }

    @Test
    void emptyFile_givesEmptyRoot() {
        MapNode root = TerraformTreeBuilder.parse("# nothing here\n");

        assertThat(root.size()).isZero();
    }

    @Test
    void resource_hasTypeNameAndBody() {
        MapNode root = TerraformTreeBuilder.parse(
                "\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"my-logs\"\n}\n");

        assertThat(valueAt(root, "resources", 0, "type")).isEqualTo("aws_s3_bucket");
        assertThat(valueAt(root, "resources", 0, "name")).isEqualTo("logs");
        assertThat(valueAt(root, "resources", 0, "body", "bucket")).isEqualTo("my-logs");
        assertThat(root.entries().keySet()).containsExactly("resources");
    }

    @Test
    void resource_positionsPointAtSource() {
        MapNode root = TerraformTreeBuilder.parse(
                "\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"my-logs\"\n}\n");
        MapNode body = (MapNode) at(root, "resources", 0, "body");

        assertThat(at(root, "resources", 0).position()).isEqualTo(Position.of(2, 1));
        assertThat(at(root, "resources", 0, "type").position()).isEqualTo(Position.of(2, 10));
        assertThat(at(root, "resources", 0, "name").position()).isEqualTo(Position.of(2, 26));
        assertThat(body.keyPosition("bucket")).isEqualTo(Position.of(3, 3));
        assertThat(body.get("bucket").position()).isEqualTo(Position.of(3, 12));
    }

    @Test
    void nestedValues_keepPositions() {
        MapNode root = TerraformTreeBuilder.parse("""
                locals {
                  rules = {
                    ports = [
                      22,
                      443,
                    ]
                  }
                }
                """);
        MapNode rules = (MapNode) at(root, "locals", "rules");

        assertThat(rules.keyPosition("ports")).isEqualTo(Position.of(3, 5));
        assertThat(at(rules, "ports").position()).isEqualTo(Position.of(3, 13));
        assertThat(at(rules, "ports", 1).position()).isEqualTo(Position.of(5, 7));
        assertThat(at(rules, "ports", 1).toValue()).isEqualTo(443L);
    }

    @Test
    void topLevelBlocks_goToTheirSections() {
        MapNode root = TerraformTreeBuilder.parse("""
                terraform {
                  required_version = ">= 1.5"
                }
                provider "aws" {
                  region = "eu-west-1"
                }
                variable "cidr" {}
                data "aws_caller_identity" "me" {}
                module "vpc" {
                  source = "./vpc"
                }
                output "id" {
                  value = module.vpc.id
                }
                moved {
                  from = aws_instance.a
                  to   = aws_instance.b
                }
                import {
                  to = aws_s3_bucket.b
                  id = "bucket-name"
                }
                """);

        assertThat(valueAt(root, "terraform", 0, "required_version")).isEqualTo(">= 1.5");
        assertThat(valueAt(root, "providers", 0, "name")).isEqualTo("aws");
        assertThat(valueAt(root, "variables", 0, "body")).isEqualTo(Map.of());
        assertThat(valueAt(root, "data", 0, "type")).isEqualTo("aws_caller_identity");
        assertThat(valueAt(root, "modules", 0, "body", "source")).isEqualTo("./vpc");
        assertThat(valueAt(root, "outputs", 0, "body", "value")).isEqualTo("${module.vpc.id}");
        assertThat(valueAt(root, "blocks", 0, "type")).isEqualTo("moved");
        assertThat(valueAt(root, "blocks", 1, "body", "id")).isEqualTo("bucket-name");
    }

    @Test
    void otherBlock_listsItsLabels() {
        MapNode root = TerraformTreeBuilder.parse("check \"health\" {\n}\n");

        assertThat(valueAt(root, "blocks", 0, "labels")).isEqualTo(List.of("health"));
    }

    @Test
    void resourceWithOneLabel_goesToBlocks() {
        MapNode root = TerraformTreeBuilder.parse("resource \"only_type\" {}\n");

        assertThat(root.has("resources")).isFalse();
        assertThat(valueAt(root, "blocks", 0, "type")).isEqualTo("resource");
    }

    @Test
    void localsBlocks_mergeIntoOneMap() {
        MapNode root = TerraformTreeBuilder.parse("locals {\n  a = 1\n}\nlocals {\n  b = 2\n}\n");

        assertThat(valueAt(root, "locals")).isEqualTo(Map.of("a", 1L, "b", 2L));
        assertThat(((MapNode) at(root, "locals")).keyPosition("b")).isEqualTo(Position.of(5, 3));
    }

    @Test
    void repeatedNestedBlocks_appendToOneList() {
        MapNode root = TerraformTreeBuilder.parse("""
                resource "aws_security_group" "sg" {
                  ingress {
                    from_port = 22
                  }
                  egress {}
                  ingress {
                    from_port = 443
                  }
                }
                """);
        ListNode ingress = (ListNode) at(root, "resources", 0, "body", "ingress");

        assertThat(ingress.size()).isEqualTo(2);
        assertThat(valueAt(ingress, 1, "from_port")).isEqualTo(443L);
        assertThat(ingress.items().get(1).position()).isEqualTo(Position.of(6, 3));
    }

    @Test
    void blockAfterSameNamedAttribute_replacesIt() {
        MapNode root = TerraformTreeBuilder.parse("b {\n  ingress = [1]\n  ingress {}\n}\n");

        assertThat(valueAt(root, "blocks", 0, "body", "ingress")).isEqualTo(List.of(Map.of()));
    }

    @Test
    void labelledNestedBlock_getsLabelsKey() {
        MapNode root = TerraformTreeBuilder.parse("""
                resource "null_resource" "x" {
                  provisioner "local-exec" {
                    command = "echo hi"
                  }
                }
                """);

        Object labels = valueAt(root, "resources", 0, "body", "provisioner", 0, "_labels");
        assertThat(labels).isEqualTo(List.of("local-exec"));
    }

    @Test
    void dynamicBlock_hasNameForEachAndContent() {
        MapNode root = TerraformTreeBuilder.parse("""
                resource "aws_security_group" "sg" {
                  dynamic "ingress" {
                    for_each = var.ports
                    iterator = port
                    content {
                      from_port   = port.value
                      cidr_blocks = ["0.0.0.0/0"]
                    }
                  }
                }
                """);
        Node dynamic = at(root, "resources", 0, "body", "dynamic", 0);

        assertThat(valueAt(dynamic, "name")).isEqualTo("ingress");
        assertThat(valueAt(dynamic, "for_each")).isEqualTo("${var.ports}");
        assertThat(valueAt(dynamic, "iterator")).isEqualTo("${port}");
        assertThat(valueAt(dynamic, "content", "cidr_blocks")).isEqualTo(List.of("0.0.0.0/0"));
        assertThat(at(dynamic, "content").position()).isEqualTo(Position.of(5, 5));
    }

    @Test
    void literals_convertToPlainValues() {
        assertThat(valueOf("42")).isEqualTo(42L);
        assertThat(valueOf("0.5")).isEqualTo(0.5);
        assertThat(valueOf("-1")).isEqualTo(-1L);
        assertThat(valueOf("-0.5")).isEqualTo(-0.5);
        assertThat(valueOf("false")).isEqualTo(false);
        assertThat(valueOf("null")).isNull();
        assertThat(valueOf("\"a\\tb\"")).isEqualTo("a\tb");
    }

    @Test
    void references_becomeInterpolations() {
        assertThat(valueOf("var.cidr")).isEqualTo("${var.cidr}");
        assertThat(valueOf("aws_vpc.main[0].id")).isEqualTo("${aws_vpc.main[0].id}");
        assertThat(valueOf("aws_instance.web[*].id")).isEqualTo("${aws_instance.web[*].id}");
        assertThat(valueOf("toset([\"a\",\"b\"])")).isEqualTo("${toset([\"a\",\"b\"])}");
        assertThat(valueOf("var.on ? 1 : 0")).isEqualTo("${var.on ? 1 : 0}");
        assertThat(valueOf("-var.n")).isEqualTo("${-var.n}");
        assertThat(valueOf("[for s in var.l : s]")).isEqualTo("${[for s in var.l : s]}");
        assertThat(valueOf("provider::aws::arn_parse(var.arn)"))
                .isEqualTo("${provider::aws::arn_parse(var.arn)}");
    }

    @Test
    void interpolatedString_keepsTemplateText() {
        assertThat(valueOf("\"arn:aws:s3:::${var.bucket}/*\""))
                .isEqualTo("arn:aws:s3:::${var.bucket}/*");
    }

    @Test
    void directiveOnlyTemplate_isMarkedUnknown() {
        assertThat(valueOf("\"%{ if var.on }yes%{ endif }\""))
                .isEqualTo("${\"%{ if var.on }yes%{ endif }\"}");
    }

    @Test
    void escapedInterpolation_isReportedAsUnknown() {
        // The decoded literal contains ${, the mark of a value that is not known.
        assertThat(valueOf("\"$${literal}\"")).isEqualTo("${literal}");
    }

    @Test
    void jsonencode_becomesStructuredPolicy() {
        MapNode root = TerraformTreeBuilder.parse("""
                resource "aws_iam_policy" "p" {
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Effect   = "Allow"
                        Action   = ["s3:GetObject"]
                        Resource = "${aws_s3_bucket.b.arn}/*"
                        Condition = {
                          Bool = { "aws:SecureTransport" = "true" }
                        }
                      },
                    ]
                  })
                }
                """);
        Node statement = at(root, "resources", 0, "body", "policy", "Statement", 0);

        assertThat(valueAt(statement, "Effect")).isEqualTo("Allow");
        assertThat(valueAt(statement, "Action")).isEqualTo(List.of("s3:GetObject"));
        assertThat(valueAt(statement, "Resource")).isEqualTo("${aws_s3_bucket.b.arn}/*");
        assertThat(valueAt(statement, "Condition", "Bool", "aws:SecureTransport"))
                .isEqualTo("true");
        assertThat(at(statement, "Effect").position()).isEqualTo(Position.of(6, 20));
    }

    @Test
    void yamlencode_becomesStructuredValue() {
        assertThat(valueOf("yamlencode({ a = [1, 2] })")).isEqualTo(Map.of("a", List.of(1L, 2L)));
    }

    @Test
    void jsonencodeOfReference_staysUnknown() {
        assertThat(valueOf("jsonencode(var.policy)")).isEqualTo("${var.policy}");
    }

    @Test
    void objectKeys_convertToText() {
        Object object = valueOf("{\n  bare = 1\n  \"quoted key\" = 2\n  (var.k) = 3\n  4 = 4\n}");

        assertThat(object).isEqualTo(
                Map.of("bare", 1L, "quoted key", 2L, "${var.k}", 3L, "4", 4L));
    }

    @Test
    void topLevelAttributes_goToAttributes() {
        MapNode root = TerraformTreeBuilder.parse("region = \"eu-west-1\"\n");

        assertThat(valueAt(root, "attributes", "region")).isEqualTo("eu-west-1");
    }
}
