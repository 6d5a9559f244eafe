resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = var.bucket
  is_multi_region_trail = var.multi_region
}
