resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api"] # expect: visibility.eks-control-plane-logs
  vpc_config {
    subnet_ids = var.subnets
  }
}
