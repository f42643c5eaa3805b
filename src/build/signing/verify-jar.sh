#!/usr/bin/env bash
# Checks a jar against its Base64 signature and the signer's certificate, as UPM 8 does before it installs the jar.
# Usage: verify-jar.sh JAR CERTIFICATE [SIGNATURE]   (SIGNATURE defaults to JAR.sig). Exit 0: the signature fits.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 JAR CERTIFICATE [SIGNATURE]" >&2
  exit 2
fi
jar="$1"
cert="$2"
sig="${3:-$1.sig}"
raw="$(mktemp)"
public="$(mktemp)"
trap 'rm -f "$raw" "$public"' EXIT
base64 --decode "$sig" > "$raw"
openssl x509 -in "$cert" -noout -pubkey > "$public"
openssl pkeyutl -verify -rawin -pubin -inkey "$public" -in "$jar" -sigfile "$raw"
