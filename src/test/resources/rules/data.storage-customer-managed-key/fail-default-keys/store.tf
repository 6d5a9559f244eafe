resource "aws_db_instance" "app" { # expect: data.storage-customer-managed-key
  engine            = "postgres"
  storage_encrypted = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" { # expect: data.storage-customer-managed-key
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
