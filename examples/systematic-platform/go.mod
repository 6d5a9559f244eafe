module github.com/acme-platform/orders-api

go 1.23
