resource "azurerm_storage_account" "data" { # expect: data.storage-transport-encrypted
  name                      = "exampledata"
  resource_group_name       = azurerm_resource_group.main.name
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "GRS"
  enable_https_traffic_only = false
}

resource "azurerm_storage_account" "logs" { # expect: data.storage-transport-encrypted
  name                     = "examplelogs"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0"
}
