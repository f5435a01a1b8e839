#!/usr/bin/env bash
# Runs Keycloak 26 locally (no Docker) with the Stockpile realm imported, for trying the service the way it runs
# in production. Keycloak's distribution comes from Maven Central through the project's Maven wrapper.
#
#   deploy/keycloak/run-local-keycloak.sh            # Keycloak on http://localhost:8180, admin console user admin/admin
#   QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:8180/realms/stockpile java -jar target/quarkus-app/quarkus-run.jar
#
# Development use only: Keycloak runs in start-dev mode, keeping its own H2 database under $KC_HOME/data.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${KEYCLOAK_VERSION:-26.0.7}
port=${KEYCLOAK_PORT:-8180}
home=${KC_HOME:-$HOME/.stockpile/keycloak-$version}

if [ ! -x "$home/bin/kc.sh" ]; then
  "$root/mvnw" -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
    -DoutputDirectory="$home.download" -Dmdep.stripVersion=true
  unzip -q "$home.download/keycloak-quarkus-dist.zip" -d "$home.download"
  mv "$home.download/keycloak-$version" "$home"
  rm -rf "$home.download"
fi
mkdir -p "$home/data/import"
cp "$here/stockpile-realm.json" "$home/data/import/"
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
exec "$home/bin/kc.sh" start-dev --http-port "$port" --import-realm
