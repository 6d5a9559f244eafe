provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAZ7Q4XKQWERTYUIOP" # expect: data.credentials-not-in-configuration
}
