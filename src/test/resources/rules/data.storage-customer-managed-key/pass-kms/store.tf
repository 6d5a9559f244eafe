resource "aws_db_instance" "app" {
  engine            = "postgres"
  storage_encrypted = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.data.arn
      }
    }
  }
}
