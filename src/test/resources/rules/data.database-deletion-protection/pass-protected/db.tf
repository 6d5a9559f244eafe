resource "aws_rds_cluster" "reports" {
  engine              = "aurora-postgresql"
  deletion_protection = true
}
