resource "aws_iam_role_policy_attachment" "audit" {
  role       = aws_iam_role.audit.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
resource "aws_iam_role_policy_attachment" "admin_from_variable" {
  role       = aws_iam_role.audit.name
  policy_arn = var.policy_arn
}
