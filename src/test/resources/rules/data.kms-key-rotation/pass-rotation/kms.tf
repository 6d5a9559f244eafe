resource "aws_kms_key" "data" {
  description         = "data key"
  enable_key_rotation = true
}

resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}
