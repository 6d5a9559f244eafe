resource "aws_iam_policy" "admin_jsonencode" { # expect: identity.iam-policy-not-admin
  name = "example-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "admin" { # expect: identity.iam-policy-not-admin
  role       = aws_iam_role.ci.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
