resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "MUTABLE" # expect: devices.registry-tags-immutable
}
