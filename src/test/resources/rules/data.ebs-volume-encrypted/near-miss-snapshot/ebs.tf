resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = var.snapshot
}

resource "aws_instance" "web" {
  ami           = var.ami
  instance_type = "t3.micro"
}
