resource "aws_ebs_volume" "data" { # expect: data.ebs-volume-encrypted
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_instance" "web" { # expect: data.ebs-volume-encrypted
  ami           = var.ami
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = false
  }
}
