#!/usr/bin/env bash
# Signs a plugin jar for UPM 8 (Jira 11): an Ed25519 signature over the jar's raw bytes, Base64 in one line, written
# next to the jar as JAR.sig. Then checks the signature with the key's public half, as UPM does with the certificate.
# Usage: sign-jar.sh JAR KEY   (KEY: the app-signing.key of new-signing-key.sh)
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 JAR KEY" >&2
  exit 2
fi
jar="$1"
key="$2"
[ -f "$jar" ] || { echo "no jar: $jar" >&2; exit 1; }
[ -f "$key" ] || { echo "no signing key: $key (make one with new-signing-key.sh)" >&2; exit 1; }
raw="$(mktemp)"
public="$(mktemp)"
trap 'rm -f "$raw" "$public"' EXIT
openssl pkeyutl -sign -rawin -inkey "$key" -in "$jar" -out "$raw"
base64 -w0 "$raw" > "$jar.sig"
openssl pkey -in "$key" -pubout -out "$public"
openssl pkeyutl -verify -rawin -pubin -inkey "$public" -in "$jar" -sigfile "$raw" >/dev/null
echo "signed: $jar.sig"
