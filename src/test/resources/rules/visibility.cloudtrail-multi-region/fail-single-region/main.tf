resource "aws_cloudtrail" "main" { # expect: visibility.cloudtrail-multi-region
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}
resource "aws_cloudtrail" "other" {
  name                  = "other"
  s3_bucket_name        = "logs"
  is_multi_region_trail = false # expect: visibility.cloudtrail-multi-region
}
