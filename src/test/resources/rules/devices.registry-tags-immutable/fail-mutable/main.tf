resource "aws_ecr_repository" "app" { # expect: devices.registry-tags-immutable
  name                 = "app"
  image_tag_mutability = "MUTABLE"
}
