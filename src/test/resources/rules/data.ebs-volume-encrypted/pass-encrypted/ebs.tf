resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_instance" "web" {
  ami           = var.ami
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}
