resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
  logging {
    target_bucket = aws_s3_bucket.logs.id
    target_prefix = "data/"
  }
}
