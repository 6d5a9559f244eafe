resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_db_instance" "app" {
  engine            = "postgres"
  storage_encrypted = var.encrypt
}

resource "aws_db_instance" "aurora_member" {
  engine             = "aurora-mysql"
  cluster_identifier = aws_rds_cluster.main.id
}
