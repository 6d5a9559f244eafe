resource "aws_cloudtrail" "main" {
  name                          = "acme-platform"
  s3_bucket_name                = "acme-platform-cloudtrail"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
}
