resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = "example-logs"
  target_prefix = "data/"
}
