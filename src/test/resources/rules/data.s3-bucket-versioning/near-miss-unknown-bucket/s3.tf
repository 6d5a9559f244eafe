resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = local.bucket_id
  versioning_configuration {
    status = var.versioning_status
  }
}
