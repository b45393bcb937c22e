#!/bin/sh
# Prints credential_process output; $1 selects the shape.
case "$1" in
  ok) printf '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "processsecret", "SessionToken": "processtoken", "Expiration": "2030-01-01T00:00:00Z"}\n' ;;
  fail) echo "token expired, log in again" >&2; exit 3 ;;
  v2) printf '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "B"}\n' ;;
esac
