# AWS's documented sample keys are not credentials.
variable "example_key_id" {
  default = "AKIAIOSFODNN7EXAMPLE"
}
locals {
  token_name = "github_token"
  note       = "tokens start with ghp_ followed by 36 characters"
}
