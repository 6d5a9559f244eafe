resource "aws_ecr_repository" "app" { # expect: devices.registry-scans-images-on-push
  name = "app"
}
