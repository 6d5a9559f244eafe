module github.com/acme-pay/payments

go 1.26
