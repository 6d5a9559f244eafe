resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "logs"
  enable_log_file_validation = var.validate
}
