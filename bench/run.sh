#!/usr/bin/env bash
# Banc d'essai : guide-metiers face à nginx servant l'export statique du même site, sur la
# même machine, dans la même exécution. Outils publics : wrk, hyperfine, nginx, GNU time.
# Usage : bench/run.sh [DUREE_S] [isolation]   (15 s par mesure par défaut ; la charge mélangée dure
# 60 s) ; avec « isolation », seule la mesure d'isolation tourne (sans nginx). GUIDE_BIN=chemin mesure
# ce binaire-là au lieu de compiler (pour comparer deux versions).
set -euo pipefail
cd "$(dirname "$0")/.."
DUREE=${1:-15}
PARTIE=${2:-tout}
TMP=$(mktemp -d /tmp/guide-bench.XXXX)
chmod 755 "$TMP" # nginx workers read the export as another user
PORT_NGINX=8090
PORT_GM=8091
BIN=${GUIDE_BIN:-./target/release/guide-metiers}
REPONSES=$(printf '3104%.0s' 1 2 3 4 5 6 7)22
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$TMP/nginx.pid" ] && kill "$(cat "$TMP/nginx.pid")" 2>/dev/null || true' EXIT

for outil in wrk hyperfine nginx /usr/bin/time curl; do
  command -v "$outil" >/dev/null || { echo "manque : $outil (apt-get install -y wrk hyperfine nginx-light time curl)"; exit 1; }
done

if [ -z "${GUIDE_BIN:-}" ]; then
  echo "== Compilation (release)"
  cargo build --release --locked --quiet
fi

attendre() { until curl -fs -o /dev/null "$1"; do sleep 0.02; done; }

# Latence d'un centile (« 99% ») dans la sortie de wrk --latency, en ms.
centile() {
  awk -v c="$1%" '$1 == c { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; printf "%.2f", v }' "$2"
}

# Isolation : des résultats de quiz tous différents (donc calculés) à 64 connexions, pendant qu'on lit
# une fiche à 4 connexions ; la fiche doit rester rapide et aucun calcul ne doit échouer.
isolation() {
  local base="http://127.0.0.1:$PORT_GM" fiche="/metiers/architecte-cloud"
  echo "== Isolation (fiche : wrk -t1 -c4 -d${DUREE}s ; pendant ce temps, quiz au hasard : wrk -t1 -c64, bench/quiz_aleatoire.lua)"
  wrk -t1 -c4 -d"${DUREE}s" --latency -H "Accept-Encoding: br, gzip" "$base$fiche" >"$TMP/seule.txt"
  wrk -t1 -c64 -d"$((DUREE + 2))s" -H "Accept-Encoding: br, gzip" -s bench/quiz_aleatoire.lua "$base" >"$TMP/flot.txt" &
  local flot=$!
  sleep 1
  wrk -t1 -c4 -d"${DUREE}s" --latency -H "Accept-Encoding: br, gzip" "$base$fiche" >"$TMP/fiche.txt"
  wait "$flot"
  local rps_quiz erreurs
  rps_quiz=$(awk '/^QUIZ/ { split($3, r, "="); split($4, p, "="); print r[2] ", " p[2] }' "$TMP/flot.txt")
  erreurs=$(awk '/^QUIZ/ { n = 0; for (i = 5; i <= NF; i++) { split($i, kv, "="); n += kv[2] } print n }' "$TMP/flot.txt")
  printf '| %s | %s | %s | %s | %s |\n' "fiche seule : req/s, p50, p99 (ms)" "fiche pendant le flot : req/s, p50, p99 (ms)" "quiz : req/s, p99 (ms)" "quiz : échecs" "détail des échecs"
  printf '| %s | %s | %s | %s | %s |\n' --- --- --- --- ---
  printf '| %s | %s | %s | %s | %s |\n' \
    "$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$TMP/seule.txt"), $(centile 50 "$TMP/seule.txt"), $(centile 99 "$TMP/seule.txt")" \
    "$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$TMP/fiche.txt"), $(centile 50 "$TMP/fiche.txt"), $(centile 99 "$TMP/fiche.txt")" \
    "$rps_quiz" "$erreurs" "$(grep '^QUIZ' "$TMP/flot.txt" | cut -d' ' -f5-)"
}

if [ "$PARTIE" = isolation ]; then
  RUST_LOG=warn $BIN serve --addr "127.0.0.1:$PORT_GM" >"$TMP/serve.log" 2>&1 &
  attendre "http://127.0.0.1:$PORT_GM/healthz"
  isolation
  exit 0
fi

echo "== Export et nginx"
$BIN export "$TMP/export" --public-url "http://127.0.0.1:$PORT_GM" --quiz-url "http://127.0.0.1:$PORT_GM" >/dev/null
mkdir -p "$TMP/nginx"
sed -e "s#RACINE#$TMP/export#" -e "s#PORT#$PORT_NGINX#" -e "s#PIDFILE#$TMP/nginx.pid#" -e "s#TMPDIR#$TMP/nginx#" \
  bench/nginx.conf >"$TMP/nginx.conf"
nginx -c "$TMP/nginx.conf" -p "$TMP/nginx"
RUST_LOG=warn $BIN serve --addr "127.0.0.1:$PORT_GM" >"$TMP/serve.log" 2>&1 &
attendre "http://127.0.0.1:$PORT_NGINX/metiers/architecte-cloud"
attendre "http://127.0.0.1:$PORT_GM/healthz"

# wrk, 2 fils, 64 connexions : « rps p99_ms » ; en-têtes supplémentaires après l'URL
mesure() {
  local url=$1; shift
  wrk -t2 -c64 -d"${DUREE}s" --latency "$@" "$url" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; p99 = v }
    /Non-2xx/ { print "réponses en erreur : " $0 > "/dev/stderr"; exit 1 }
    END { printf "%.0f %.2f\n", rps, p99 }'
}

ligne() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }
ratio() { awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { printf "%.2f", a / b }'; }
# Une série : comme un navigateur (compression acceptée ; nginx sert les .gz de l'export avec
# gzip_static, guide-metiers son Brotli en mémoire), puis sans compression (octets bruts).
serie() {
  local mode=$1; shift
  local ref ref_liste fiche liste quiz quiz_neuf
  ref=$(mesure "http://127.0.0.1:$PORT_NGINX/metiers/architecte-cloud" "$@")
  ref_liste=$(mesure "http://127.0.0.1:$PORT_NGINX/metiers" "$@")
  fiche=$(mesure "http://127.0.0.1:$PORT_GM/metiers/architecte-cloud" "$@")
  liste=$(mesure "http://127.0.0.1:$PORT_GM/metiers" "$@")
  quiz=$(mesure "http://127.0.0.1:$PORT_GM/quiz/resultat?r=$REPONSES" "$@")
  quiz_neuf=$(mesure "http://127.0.0.1:$PORT_GM" -s bench/quiz_aleatoire.lua "$@")
  ligne "$mode" "fiche métier" ${ref} ${fiche} "$(ratio "$fiche" "$ref")"
  ligne "$mode" "liste des métiers" ${ref_liste} ${liste} "$(ratio "$liste" "$ref_liste")"
  ligne "$mode" "résultat du quiz, même lien (déjà calculé)" ${ref} ${quiz} "$(ratio "$quiz" "$ref") (réf. : fiche statique)"
  ligne "$mode" "résultat du quiz, réponses au hasard (calculé)" ${ref} ${quiz_neuf} "$(ratio "$quiz_neuf" "$ref") (réf. : fiche statique)"
}
echo "== Débit (wrk -t2 -c64 -d${DUREE}s)"
ligne "requêtes" "page" "nginx req/s" "nginx p99 (ms)" "guide-metiers req/s" "guide-metiers p99 (ms)" "rapport"
ligne "---" "---" "---" "---" "---" "---" "---"
serie "navigateur (br, gzip)" -H "Accept-Encoding: br, gzip"
serie "sans compression" 

echo "== Charge mélangée (wrk -t2 -c256 -d60s, bench/melange.lua)"
wrk -t2 -c256 -d60s -H "Accept-Encoding: br, gzip" -s bench/melange.lua "http://127.0.0.1:$PORT_GM" | grep MELANGE

isolation
kill %1 2>/dev/null || true
wait 2>/dev/null || true

echo "== Démarrage et mémoire"
python3 bench/generer.py 10000 "$TMP/dix-mille"
sync # les 200 Mo du générateur ne doivent pas partir sur le disque pendant les mesures
# contenu -> médiane et étendue, sur 5 lancements, du temps jusqu'au premier /healthz ; mémoire maximale
demarrer() {
  local temps=() memoire=0 pid debut fin
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%M" -o "$TMP/rss" $BIN serve --addr "127.0.0.1:$PORT_GM" --content "$1" >/dev/null 2>&1 &
    pid=$!
    debut=$(date +%s.%N)
    attendre "http://127.0.0.1:$PORT_GM/healthz"
    fin=$(date +%s.%N)
    pkill -TERM -P "$pid" guide-metiers; wait "$pid" || true
    temps+=("$(awk -v d="$debut" -v f="$fin" 'BEGIN { printf "%.3f", f - d }')")
    memoire=$(awk -v a="$memoire" -v b="$(cat "$TMP/rss")" 'BEGIN { print (b > a ? b : a) }')
  done
  printf '%s\n' "${temps[@]}" | sort -n | awk -v m="$memoire" '{ t[NR] = $1 }
    END { printf "%.2f s (de %.2f à %.2f s sur 5 lancements), %.0f Mo au plus\n", t[3], t[1], t[5], m / 1024 }'
}
echo "contenu livré : $(demarrer content)"
echo "10 000 fiches : $(demarrer "$TMP/dix-mille")"
hyperfine --warmup 1 --runs 5 --export-markdown "$TMP/check.md" \
  "$BIN check --content content" "$BIN check --content $TMP/dix-mille" >/dev/null
cat "$TMP/check.md"
