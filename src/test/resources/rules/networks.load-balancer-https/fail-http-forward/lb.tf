resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP" # expect: networks.load-balancer-https
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
