resource "aws_s3_bucket" "site" {
  bucket = "example-site"
  acl    = "private"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.site.id
  acl    = "log-delivery-write"
}
