resource "aws_db_instance" "member" {
  engine = "aurora-postgresql"
}

resource "aws_db_instance" "app" {
  engine              = "postgres"
  deletion_protection = var.protect
}
