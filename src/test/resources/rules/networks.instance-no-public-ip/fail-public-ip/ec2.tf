resource "aws_instance" "web" { # expect: networks.instance-no-public-ip
  ami                         = var.ami
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}

resource "aws_subnet" "public" { # expect: networks.instance-no-public-ip
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}
