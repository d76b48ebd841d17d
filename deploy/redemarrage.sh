#!/usr/bin/env bash
# Redémarrage sans perte, vérifié : nginx (avec deploy/nginx.conf) devant deux répliques du binaire
# release, une charge wrk à travers nginx, et pendant la charge chaque réplique redémarrée tour à
# tour (SIGTERM, attente de sa sortie, relance, attente de /healthz). Compte les requêtes perdues
# vues par wrk (« Non-2xx or 3xx responses », « Socket errors ») : 0 attendu, code 1 sinon.
#
# Usage : deploy/redemarrage.sh [DUREE_S]     (20 s de charge par défaut)
# Réglages : TOURS=2 (redémarrages par réplique), CONNEXIONS=64 (wrk), PORT_NGINX=8180,
#            REPLIQUES="3001 3002" (deux ports), GARDER=1 (garde les journaux dans /tmp).
# Tout reste sur 127.0.0.1 ; tout ce qui est lancé ici est arrêté en sortant, même sur ctrl-c.
set -euo pipefail
cd "$(dirname "$0")/.."

DUREE=${1:-20}
TOURS=${TOURS:-2}
CONNEXIONS=${CONNEXIONS:-64}
PORT_NGINX=${PORT_NGINX:-8180}
read -r -a REPLIQUES <<<"${REPLIQUES:-3001 3002}"
BIN=./target/release/guide-metiers
PRET_MAX=30 # s pour qu'une réplique réponde sur /healthz
ARRET_MAX=20 # s pour qu'une réplique sorte après SIGTERM (TimeoutStopSec de l'unité systemd)

[ "${#REPLIQUES[@]}" -eq 2 ] || { echo "REPLIQUES : deux ports, pas « ${REPLIQUES[*]} »" >&2; exit 2; }

manque=()
for outil in nginx wrk curl; do
  command -v "$outil" >/dev/null || [ -x "/usr/sbin/$outil" ] || manque+=("$outil")
done
if [ "${#manque[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "== Installation : ${manque[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${manque[@]}" >/dev/null
  else
    echo "manque : ${manque[*]} (sudo apt-get install -y nginx wrk curl)" >&2
    exit 2
  fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

for port in "$PORT_NGINX" "${REPLIQUES[@]}"; do
  if (: </dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
    echo "le port 127.0.0.1:$port est déjà pris ; choisissez-en d'autres (PORT_NGINX, REPLIQUES)" >&2
    exit 2
  fi
done

TMP=$(mktemp -d /tmp/guide-redemarrage.XXXX)
chmod 755 "$TMP" # lancé par root, nginx écrit ses fichiers temporaires sous l'utilisateur nobody
declare -A PID
PID_NGINX=
PID_WRK=
ECHEC=0

# Le processus $1 tourne-t-il encore ? (un enfant fini mais pas encore attendu est un zombie)
vivant() {
  local etat=
  [ -r "/proc/$1/stat" ] && read -r _ _ etat _ 2>/dev/null <"/proc/$1/stat"
  [ -n "$etat" ] && [ "$etat" != Z ]
}

# Attend la fin du processus $1 pendant $2 s au plus, puis le tue ; rend son code de sortie.
attendre_fin() {
  local pid=$1 fin=$((SECONDS + $2)) code=0
  while vivant "$pid" && ((SECONDS < fin)); do sleep 0.01; done
  vivant "$pid" && { echo "le processus $pid ne s'arrête pas : SIGKILL" >&2; kill -KILL "$pid"; }
  wait "$pid" 2>/dev/null || code=$?
  return "$code"
}

nettoyer() {
  local statut=$? pid
  trap - EXIT INT TERM
  [ -n "$PID_WRK" ] && kill "$PID_WRK" 2>/dev/null
  for pid in "${PID[@]}" $PID_NGINX; do kill -TERM "$pid" 2>/dev/null; done
  for pid in $PID_WRK "${PID[@]}" $PID_NGINX; do attendre_fin "$pid" "$ARRET_MAX" || true; done
  if [ "$statut" -ne 0 ] || [ "${GARDER:-0}" = 1 ]; then
    echo "journaux : $TMP"
  else
    rm -rf "$TMP"
  fi
  exit "$statut"
}
trap nettoyer EXIT
trap 'exit 130' INT TERM

ms() { echo $(($(date +%s%N) / 1000000)); }

echo "== Compilation (release)"
cargo build --release --locked --quiet

# Une réplique comme la lance l'unité systemd : l'adresse par GUIDE_ADDR.
demarrer() {
  GUIDE_ADDR="127.0.0.1:$1" RUST_LOG=warn "$BIN" serve >>"$TMP/replique-$1.log" 2>&1 &
  PID[$1]=$!
}

# Attend le premier 200 de /healthz de la réplique $1 (ou échoue : sortie, délai).
attendre_prete() {
  local port=$1 debut=$SECONDS
  until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/healthz"; do
    if ! vivant "${PID[$port]}"; then
      echo "la réplique $port s'est arrêtée :" >&2
      tail -5 "$TMP/replique-$port.log" >&2
      return 1
    fi
    ((SECONDS - debut < PRET_MAX)) || { echo "la réplique $port ne répond pas après ${PRET_MAX} s" >&2; return 1; }
    sleep 0.01
  done
}

# SIGTERM, puis attend la sortie (SIGKILL au-delà de ARRET_MAX) ; le code de sortie doit être 0.
arreter() {
  local port=$1 pid=${PID[$1]} code=0
  kill -TERM "$pid"
  attendre_fin "$pid" "$ARRET_MAX" || code=$?
  unset "PID[$port]"
  return "$code"
}

redemarrer() {
  local port=$1 t0 t1 t2 code=0
  t0=$(ms)
  arreter "$port" || code=$?
  t1=$(ms)
  demarrer "$port"
  attendre_prete "$port" || code=1
  t2=$(ms)
  printf '  réplique %s : sortie %s ms après SIGTERM (code %s), prête %s ms après la relance\n' \
    "$port" $((t1 - t0)) "$code" $((t2 - t1))
  return "$code"
}

echo "== Répliques ${REPLIQUES[*]} et nginx sur 127.0.0.1:$PORT_NGINX"
for port in "${REPLIQUES[@]}"; do demarrer "$port"; done
for port in "${REPLIQUES[@]}"; do attendre_prete "$port"; done

# deploy/nginx.conf tel quel, sauf l'écoute (127.0.0.1 seulement) et les ports des répliques.
mkdir -p "$TMP/nginx"
sed -e "s/^\( *\)listen 80;/\1listen 127.0.0.1:$PORT_NGINX;/" -e '/listen \[::\]:80;/d' \
  -e "s/127\.0\.0\.1:3001 /127.0.0.1:${REPLIQUES[0]} /g" -e "s/127\.0\.0\.1:3002 /127.0.0.1:${REPLIQUES[1]} /g" \
  deploy/nginx.conf >"$TMP/guide-metiers.conf"
if ! grep -q "listen 127.0.0.1:$PORT_NGINX;" "$TMP/guide-metiers.conf" || grep -qE 'listen (\[::\]:)?80;' "$TMP/guide-metiers.conf"; then
  echo "deploy/nginx.conf : les lignes « listen 80; » attendues ont changé" >&2
  exit 2
fi
cat >"$TMP/nginx.conf" <<EOF
worker_processes 2;
pid $TMP/nginx.pid;
error_log $TMP/nginx-erreurs.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  # Par requête : statut rendu, répliques essayées et leurs statuts (« a, b » : relancée).
  log_format relances '\$status "\$upstream_addr" "\$upstream_status"';
  access_log $TMP/acces.log relances buffer=256k;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  include $TMP/guide-metiers.conf;
}
EOF
"$NGINX" -t -q -p "$TMP/nginx/" -e "$TMP/nginx-erreurs.log" -c "$TMP/nginx.conf"
"$NGINX" -p "$TMP/nginx/" -e "$TMP/nginx-erreurs.log" -c "$TMP/nginx.conf" -g 'daemon off;' &
PID_NGINX=$!
debut=$SECONDS
until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT_NGINX/healthz"; do
  ((SECONDS - debut < 10)) || { echo "nginx ne répond pas" >&2; cat "$TMP/nginx-erreurs.log" >&2; exit 1; }
  sleep 0.02
done

REDEMARRAGES=$((TOURS * ${#REPLIQUES[@]}))
echo "== Charge : wrk -t2 -c$CONNEXIONS -d${DUREE}s -s bench/melange.lua, $REDEMARRAGES redémarrages pendant la charge"
wrk -t2 -c"$CONNEXIONS" -d"${DUREE}s" --timeout 5s --latency -H "Accept-Encoding: br, gzip" \
  -s bench/melange.lua "http://127.0.0.1:$PORT_NGINX" >"$TMP/wrk.txt" 2>&1 &
PID_WRK=$!
t0=$(ms)
# Redémarrages répartis sur la durée : à 1/(R+1), 2/(R+1)… de la charge, une réplique puis l'autre.
for ((k = 1; k <= REDEMARRAGES; k++)); do
  cible=$((t0 + k * DUREE * 1000 / (REDEMARRAGES + 1)))
  attente=$((cible - $(ms)))
  ((attente > 0)) && sleep "$(awk -v ms="$attente" 'BEGIN { printf "%.3f", ms / 1000 }')"
  redemarrer "${REPLIQUES[$(((k - 1) % ${#REPLIQUES[@]}))]}" || ECHEC=1
done
wait "$PID_WRK" || { echo "wrk a échoué :" >&2; cat "$TMP/wrk.txt" >&2; exit 1; }
PID_WRK=
# Arrêt propre de nginx : il écrit ce qui reste de son journal d'accès.
kill -QUIT "$PID_NGINX"
attendre_fin "$PID_NGINX" 10 || true
PID_NGINX=

# Les chiffres de wrk : il n'écrit « Non-2xx » et « Socket errors » que s'ils ne sont pas nuls.
read -r requetes non2xx connect lecture ecriture delai rps p99 < <(awk '
  / requests in / { req = $1 }
  /Non-2xx or 3xx responses:/ { non2xx = $NF }
  /Socket errors:/ { gsub(",", ""); c = $4; r = $6; w = $8; t = $10 }
  /Requests\/sec:/ { rps = $2 }
  / 99%/ { p99 = $2 }
  END { printf "%d %d %d %d %d %d %.0f %s\n", req, non2xx, c, r, w, t, rps, p99 }' "$TMP/wrk.txt")
relancees=$(grep -c '^[0-9]* "[^"]*, ' "$TMP/acces.log" || true)
refus=$(grep -c 'connect() failed (111' "$TMP/nginx-erreurs.log" || true)
coupees=$(grep -c 'prematurely closed\|reset by peer' "$TMP/nginx-erreurs.log" || true)
statuts=$(awk '{ n[$1]++ } END { for (s in n) printf "%s%s : %d", (i++ ? ", " : ""), s, n[s] }' "$TMP/acces.log")
pertes=$((non2xx + connect + lecture + ecriture + delai))

echo "== Résultat"
echo "requêtes : $requetes en ${DUREE} s ($rps req/s, p99 $p99), $REDEMARRAGES redémarrages de réplique"
echo "réponses non 2xx/3xx : $non2xx ; erreurs de socket : connexion $connect, lecture $lecture, écriture $ecriture, délai $delai"
echo "nginx : statuts rendus ($statuts) ; $relancees requêtes relancées sur l'autre réplique ($refus connexions refusées, $coupees connexions coupées)"
if [ "$pertes" -eq 0 ] && [ "$ECHEC" -eq 0 ] && [ "$requetes" -gt 0 ]; then
  echo "OK : aucune requête perdue"
else
  echo "ÉCHEC : $pertes requêtes perdues, redémarrages en échec : $ECHEC" >&2
  exit 1
fi
