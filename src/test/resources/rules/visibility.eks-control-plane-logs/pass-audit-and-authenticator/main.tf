resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}
