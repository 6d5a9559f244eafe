resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
}

data "aws_iam_policy_document" "public_read" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.assets.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.public_read.json
}

resource "aws_iam_policy" "admin_jsonencode" {
  name = "example-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*" # expect: identity.iam-policy-no-admin-wildcard
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "heredoc" {
  name   = "example-passrole"
  role   = "example-role"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": ["iam:PassRole"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_iam_policy" "from_file" {
  name   = "example-ci-deployer"
  policy = file("${path.module}/policies/ci-deployer.json")
}

variable "external_policy_json" {
  type = string
}

resource "aws_iam_policy" "from_variable" {
  name   = "example-unknown"
  policy = var.external_policy_json
}
