resource "google_compute_firewall" "web" {
  name    = "allow-https"
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["443", "8000-8080"]
  }
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "out" {
  name               = "allow-egress"
  network            = google_compute_network.main.name
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "all"
  }
}
