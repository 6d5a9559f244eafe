resource "aws_db_instance" "app" { # expect: data.database-backup-retention
  engine = "postgres"
}

resource "aws_rds_cluster" "reports" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 1 # expect: data.database-backup-retention
}
