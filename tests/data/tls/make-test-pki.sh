#!/bin/sh
# Test PKI for the TLS integration tests, made fresh at test time (so nothing expires in the
# repository and no private key is committed):
#   ca.pem / ca.key              "Civic Kiosk Test CA"
#   server.pem / server.key      127.0.0.1 + localhost, signed by the test CA, valid 30 days
#   expired.pem / expired.key    127.0.0.1, signed by the test CA, expired in 2020
#   other-ca.pem / other-ca.key  an unrelated CA (the "wrong pin")
# Usage: make-test-pki.sh OUTDIR
set -eu
out=${1:?usage: make-test-pki.sh OUTDIR}
mkdir -p "$out"
cd "$out"
q() { "$@" >/dev/null 2>&1 || { echo "make-test-pki: failed: $*" >&2; exit 1; }; }

q openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
    -subj "/CN=Civic Kiosk Test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"
q openssl req -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.pem -days 30 \
    -subj "/CN=Some Other CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"

cat > ext.cnf <<'EXT'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT
q openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1"
q openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem \
    -days 30 -extfile ext.cnf

# `openssl ca` is the one 3.0 command that takes explicit validity dates (for the expired one).
mkdir -p ca-db
: > ca-db/index.txt
echo 1000 > ca-db/serial
cat > ca.cnf <<CNF
[ ca ]
default_ca = test
[ test ]
dir = ca-db
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = anything
copy_extensions = none
x509_extensions = server
unique_subject = no
[ anything ]
commonName = supplied
[ server ]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
CNF
q openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "/CN=127.0.0.1"
q openssl ca -batch -config ca.cnf -in expired.csr -out expired.pem -notext \
    -startdate 20200101000000Z -enddate 20200201000000Z
echo "test PKI written to $out"
