resource "aws_kms_key" "data" { # expect: data.kms-key-rotation
  description = "data key"
}

resource "aws_kms_key" "logs" {
  description         = "log key"
  enable_key_rotation = false # expect: data.kms-key-rotation
}

resource "google_kms_crypto_key" "app" { # expect: data.kms-key-rotation
  name     = "app"
  key_ring = google_kms_key_ring.main.id
}
