resource "aws_cloudwatch_log_group" "app" { # expect: visibility.log-groups-retained
  name = "/app/web"
}
