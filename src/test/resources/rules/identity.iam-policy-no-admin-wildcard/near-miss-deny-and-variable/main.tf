variable "extra_policy" {
  type = string
}

resource "aws_iam_policy" "guardrail" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "extra" {
  policy = var.extra_policy
}
