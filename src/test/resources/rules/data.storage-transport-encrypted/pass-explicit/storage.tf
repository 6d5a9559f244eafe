resource "azurerm_storage_account" "data" {
  name                       = "exampledata"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "GRS"
  https_traffic_only_enabled = true
  min_tls_version            = "TLS1_2"
}
