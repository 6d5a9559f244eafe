resource "google_project_iam_member" "ci" {
  project = "example-project"
  role    = "roles/editor" # expect: identity.cloud-roles-not-primitive
  member  = "serviceAccount:ci@example-project.iam.gserviceaccount.com"
}

resource "azurerm_role_assignment" "deploy" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Contributor" # expect: identity.cloud-roles-not-primitive
  principal_id         = azurerm_user_assigned_identity.deploy.principal_id
}
