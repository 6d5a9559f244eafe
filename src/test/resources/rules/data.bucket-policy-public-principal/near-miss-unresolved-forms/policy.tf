variable "external_policy_json" {
  type = string
}

resource "aws_s3_bucket_policy" "from_variable" {
  bucket = aws_s3_bucket.site.id
  policy = var.external_policy_json
}

resource "aws_s3_bucket_policy" "from_file" {
  bucket = aws_s3_bucket.site.id
  policy = file("${path.module}/policy.json")
}
