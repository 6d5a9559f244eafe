resource "aws_db_instance" "app" {
  engine              = "postgres"
  publicly_accessible = var.public
}
