resource "aws_db_subnet_group" "payments" {
  name       = "payments"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_db_instance" "payments" {
  identifier                          = "payments"
  engine                              = "postgres"
  engine_version                      = "16.4"
  instance_class                      = "db.r6g.large"
  allocated_storage                   = 100
  db_name                             = "payments"
  username                            = "payments_admin"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  db_subnet_group_name                = aws_db_subnet_group.payments.name
  vpc_security_group_ids              = [aws_security_group.database.id]
  publicly_accessible                 = false
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.data.arn
  backup_retention_period             = 35
  deletion_protection                 = true
  multi_az                            = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
}
