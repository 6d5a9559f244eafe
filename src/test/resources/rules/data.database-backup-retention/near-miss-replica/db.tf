resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.app.identifier
}

resource "aws_db_instance" "member" {
  engine = "aurora-mysql"
}

resource "aws_db_instance" "app" {
  engine                  = "postgres"
  backup_retention_period = var.retention_days
}
