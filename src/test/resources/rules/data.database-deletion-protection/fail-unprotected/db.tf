resource "aws_db_instance" "app" { # expect: data.database-deletion-protection
  engine = "postgres"
}

resource "aws_rds_cluster" "reports" {
  engine              = "aurora-postgresql"
  deletion_protection = false # expect: data.database-deletion-protection
}
