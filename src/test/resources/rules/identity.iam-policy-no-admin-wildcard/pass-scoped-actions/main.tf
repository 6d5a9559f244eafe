resource "aws_iam_role_policy" "reader" {
  role   = "reader"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
        {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::example/*"}
      ]
    }
  EOT
}
