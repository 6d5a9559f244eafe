resource "azurerm_role_assignment" "custom" {
  scope              = azurerm_resource_group.app.id
  role_definition_id = azurerm_role_definition.deployer.role_definition_resource_id
  principal_id       = azurerm_user_assigned_identity.deploy.principal_id
}

resource "google_project_iam_member" "from_variable" {
  project = "example-project"
  role    = var.role
  member  = "serviceAccount:ci@example-project.iam.gserviceaccount.com"
}
