resource "google_storage_bucket_iam_binding" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  members = [ # expect: identity.gcp-iam-no-public-members
    "allUsers",
  ]
}

resource "google_cloud_run_service_iam_member" "invoker" {
  service = google_cloud_run_service.api.name
  role    = "roles/run.invoker"
  member  = "allAuthenticatedUsers" # expect: identity.gcp-iam-no-public-members
}
