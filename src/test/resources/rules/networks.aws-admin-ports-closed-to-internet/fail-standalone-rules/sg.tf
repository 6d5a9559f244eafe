resource "aws_security_group_rule" "rdp" { # expect: networks.aws-admin-ports-closed-to-internet
  type              = "ingress"
  from_port         = 3000
  to_port           = 4000
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.win.id
}

resource "aws_vpc_security_group_ingress_rule" "all" { # expect: networks.aws-admin-ports-closed-to-internet
  security_group_id = aws_security_group.win.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
