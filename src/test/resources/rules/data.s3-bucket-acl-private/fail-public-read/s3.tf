resource "aws_s3_bucket" "site" {
  bucket = "example-site"
  acl    = "public-read" # expect: data.s3-bucket-acl-private
}

resource "aws_s3_bucket_acl" "uploads" { # expect: data.s3-bucket-acl-private
  bucket = aws_s3_bucket.site.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "WRITE"
    }
    owner {
      id = "abc"
    }
  }
}
