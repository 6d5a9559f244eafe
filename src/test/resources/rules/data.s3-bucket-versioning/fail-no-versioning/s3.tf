resource "aws_s3_bucket" "data" { # expect: data.s3-bucket-versioning
  bucket = "example-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket_versioning" "logs" { # expect: data.s3-bucket-versioning
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Suspended"
  }
}
