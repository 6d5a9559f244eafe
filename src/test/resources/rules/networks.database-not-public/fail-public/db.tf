resource "aws_db_instance" "app" {
  engine              = "postgres"
  publicly_accessible = true # expect: networks.database-not-public
}

resource "google_sql_database_instance" "main" { # expect: networks.database-not-public
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = true
      authorized_networks {
        name  = "anyone"
        value = "0.0.0.0/0"
      }
    }
  }
}
