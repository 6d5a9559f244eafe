resource "aws_instance" "web" { # expect: devices.instances-require-imdsv2
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}
resource "aws_launch_template" "web" { # expect: devices.instances-require-imdsv2
  name = "web"
  metadata_options {
    http_tokens = "optional"
  }
}
