resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config { # expect: networks.kubernetes-api-endpoint-private
    subnet_ids = var.subnet_ids
  }
}
