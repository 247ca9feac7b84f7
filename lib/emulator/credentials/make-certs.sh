#!/bin/sh
# Makes the emulator's test-only C2PA signing chain: a P-256 root CA and a P-256 (ES256) leaf,
# shaped as the C2PA specification asks of a signer (not a CA, keyUsage digitalSignature, EKU
# emailProtection, subject and authority key ids). Valid for 20 years. The CA's key is thrown
# away: nothing but this script ever signs with it. Run from anywhere: sh make-certs.sh
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/ca.key"
openssl req -x509 -new -key "$tmp/ca.key" -sha256 -days 7300 -out ca.pem \
  -subj "/CN=Fresco Test Root CA/O=Fresco Test/C=US" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash"
openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/leaf.ec.key"
openssl pkcs8 -topk8 -nocrypt -in "$tmp/leaf.ec.key" -out leaf.key
openssl req -new -key leaf.key -out "$tmp/leaf.csr" -subj "/CN=Fresco Emulator Signer/O=Fresco Test/C=US"
cat > "$tmp/leaf.ext" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=emailProtection
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer
EXT
openssl x509 -req -in "$tmp/leaf.csr" -CA ca.pem -CAkey "$tmp/ca.key" -CAserial "$tmp/ca.srl" -CAcreateserial \
  -sha256 -days 7300 -extfile "$tmp/leaf.ext" -out leaf.pem
