package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	// The database credentials arrive as files from the mounted Secret.
	if _, err := os.ReadFile("/var/run/secrets/payments/db-password"); err != nil {
		log.Fatalf("failed to read the database password: %v", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}
