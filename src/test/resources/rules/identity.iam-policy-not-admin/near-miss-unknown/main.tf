resource "aws_iam_policy" "from_document" {
  name   = "from-document"
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_iam_role_policy_attachment" "managed" {
  role       = aws_iam_role.ci.name
  policy_arn = var.policy_arn
}

resource "aws_iam_policy" "deny_all" {
  name = "deny-all"
  policy = jsonencode({
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}
