resource "aws_db_instance" "app" { # expect: data.database-storage-encrypted
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_rds_cluster" "reports" {
  engine            = "aurora-postgresql"
  storage_encrypted = false # expect: data.database-storage-encrypted
}
