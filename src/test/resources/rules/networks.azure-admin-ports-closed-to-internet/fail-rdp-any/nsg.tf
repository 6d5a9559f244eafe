resource "azurerm_network_security_rule" "rdp" { # expect: networks.azure-admin-ports-closed-to-internet
  name                        = "rdp"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.main.name
}

resource "azurerm_network_security_group" "main" { # expect: networks.azure-admin-ports-closed-to-internet
  name                = "main"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.main.name
  security_rule {
    name                       = "ssh"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["443", "20-25"]
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
