resource "aws_cloudtrail" "main" { # expect: visibility.cloudtrail-sent-to-cloudwatch
  name           = "main"
  s3_bucket_name = "logs"
}
