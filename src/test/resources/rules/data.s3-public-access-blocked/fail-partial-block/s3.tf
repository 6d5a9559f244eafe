resource "aws_s3_bucket_public_access_block" "site" { # expect: data.s3-public-access-blocked
  bucket              = aws_s3_bucket.site.id
  block_public_acls   = true
  block_public_policy = true
}
