#!/usr/bin/env bash
# Portes de qualité vues par un navigateur, en local comme en CI (.ci/run l'appelle).
#
# Installe ce qui manque (Chromium et chromium-driver de Debian, Java, les outils figés de web-tests/
# par `npm ci`), construit le serveur en mode release, le lance sur un port libre puis exécute
# web-tests/verifier.mjs : Nu HTML Checker, axe-core WCAG 2.1 AA, liens, 360 px, clavier, Lighthouse.
# Les arguments sont passés à verifier.mjs (--sans-lighthouse, --seulement=html,axe,liens,clavier,lighthouse).
# Aucun navigateur n'est téléchargé : tout passe par /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
debut=$SECONDS

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

echo "--- outils ---"
{ command -v chromedriver >/dev/null && [ -x /usr/bin/chromium ]; } || apt_install chromium chromium-driver
command -v java >/dev/null || apt_install default-jre-headless
command -v npm >/dev/null || apt_install nodejs npm
command -v curl >/dev/null || apt_install curl
node -e 'if (+process.versions.node.split(".")[0] < 20) { console.error(`Node ${process.version} : il faut Node 20 ou plus`); process.exit(1) }'
/usr/bin/chromium --version 2>/dev/null || true

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 CHROME_PATH=/usr/bin/chromium
# Install scripts are skipped: the only one (vnu-jar) would fetch a JRE; Java comes from Debian.
if [ "${CI:-}" = true ] || ! (cd web-tests && npm ls --depth=0 >/dev/null 2>&1); then
  (cd web-tests && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

echo "--- serveur (release) ---"
cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/release/guide-metiers"
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')
journal=$(mktemp /tmp/guide-metiers-verifier.XXXXXX.log)
"$bin" serve --addr "127.0.0.1:$port" --public-url "http://127.0.0.1:$port" >"$journal" 2>&1 &
serveur=$!
trap 'kill "$serveur" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$serveur" 2>/dev/null || { echo "le serveur s'est arrêté :"; cat "$journal"; exit 1; }
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { echo "le serveur ne répond pas :"; cat "$journal"; exit 1; }
echo "http://127.0.0.1:$port (journal : $journal)"

statut=0
node web-tests/verifier.mjs "http://127.0.0.1:$port" "$@" || statut=$?
echo "Portes du navigateur : $((SECONDS - debut)) s en tout, construction et installation comprises."
exit "$statut"
