resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.objectViewer"
  members = ["group:data-readers@example.com"]
}
