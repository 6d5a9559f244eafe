resource "aws_iam_user" "user" {
  name = "ci-user"
}

resource "aws_iam_access_key" "user" { # expect: identity.iam-no-long-lived-keys
  user = aws_iam_user.user.name
}
