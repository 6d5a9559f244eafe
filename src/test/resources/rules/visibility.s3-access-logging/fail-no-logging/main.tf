resource "aws_s3_bucket" "data" { # expect: visibility.s3-access-logging
  bucket = "example-data"
}
