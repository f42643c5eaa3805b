#!/usr/bin/env bash
# Makes an Ed25519 app-signing key and a self-signed X.509 certificate for it, the way UPM 8 (Jira 11) expects:
#   app-signing.key  private key (PEM, PKCS#8): keep it secret, sign every Jira 11 jar with it (sign-jar.sh)
#   app-signing.crt  certificate (PEM): the Jira admin copies it into <shared home>/upmconfig/truststore/
# Usage: new-signing-key.sh [DIR]   (default: the current directory; existing files are never overwritten)
# Environment: SIGNING_SUBJECT (default "/CN=Client Budgets for Jira app signing"), SIGNING_DAYS (default 730).
set -euo pipefail
dir="${1:-.}"
subject="${SIGNING_SUBJECT:-/CN=Client Budgets for Jira app signing}"
days="${SIGNING_DAYS:-730}"
mkdir -p "$dir"
cd "$dir"
for f in app-signing.key app-signing.csr app-signing.crt; do
  if [ -e "$f" ]; then
    echo "$dir/$f exists: not overwriting a signing key or its certificate" >&2
    exit 1
  fi
done
umask 077
openssl genpkey -algorithm ed25519 -out app-signing.key
umask 022
# a certificate signing request, then the certificate signed with the same key (self-signed)
openssl req -new -key app-signing.key -subj "$subject" -out app-signing.csr
openssl x509 -req -in app-signing.csr -signkey app-signing.key -days "$days" -out app-signing.crt
rm app-signing.csr
echo "key:         $PWD/app-signing.key (secret)"
echo "certificate: $PWD/app-signing.crt (for upmconfig/truststore/)"
openssl x509 -in app-signing.crt -noout -subject -enddate -fingerprint -sha256
