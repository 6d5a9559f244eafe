resource "aws_instance" "web" {
  ami           = var.ami
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.private.id
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}
