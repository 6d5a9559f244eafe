resource "google_project_iam_member" "ci" {
  project = "example-project"
  role    = "roles/artifactregistry.writer"
  member  = "serviceAccount:ci@example-project.iam.gserviceaccount.com"
}

resource "azurerm_role_assignment" "reader" {
  scope                = azurerm_storage_account.logs.id
  role_definition_name = "Storage Blob Data Reader"
  principal_id         = azurerm_user_assigned_identity.app.principal_id
}
