resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["20-30"]
  }
  source_ranges = ["0.0.0.0/0"] # expect: networks.gcp-admin-ports-closed-to-internet
}

resource "google_compute_firewall" "everything" {
  name    = "allow-all"
  network = google_compute_network.main.name
  allow {
    protocol = "all"
  }
  source_ranges = ["0.0.0.0/0"] # expect: networks.gcp-admin-ports-closed-to-internet
}
