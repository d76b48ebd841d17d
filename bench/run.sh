#!/usr/bin/env bash
# Banc d'essai : guide-metiers face à nginx servant l'export statique du même site, sur la
# même machine, dans la même exécution. Outils publics : wrk, hyperfine, nginx, GNU time.
# Usage : bench/run.sh [DUREE_S] [isolation]   (15 s par mesure par défaut ; la charge mélangée dure
# 60 s) ; avec « isolation », seule la mesure d'isolation tourne (sans nginx). GUIDE_BIN=chemin mesure
# ce binaire-là au lieu de compiler (pour comparer deux versions).
set -euo pipefail
cd "$(dirname "$0")/.."
DUREE=${1:-5}
PARTIE=${2:-tout}
TMP=$(mktemp -d /tmp/guide-bench.XXXX)
chmod 755 "$TMP" # nginx workers read the export as another user
PORT_NGINX=8090
PORT_NGINX_B=8093
PORT_GM=8091
PORT_NU=8092
BIN=${GUIDE_BIN:-./target/release/guide-metiers}
REPONSES=$(printf '3104%.0s' 1 2 3 4 5 6 7)22
trap 'kill $(jobs -p) 2>/dev/null || true; for f in "$TMP"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done; true' EXIT

for outil in wrk hyperfine nginx /usr/bin/time curl taskset setsid; do
  command -v "$outil" >/dev/null || { echo "manque : $outil (apt-get install -y wrk hyperfine nginx libnginx-mod-http-brotli-static time curl util-linux)"; exit 1; }
done

if [ -z "${GUIDE_BIN:-}" ]; then
  echo "== Compilation (release)"
  cargo build --release --locked --quiet
fi
# Le plafond des résultats calculés : le serveur de l'arbre de travail avec bench/plafond.patch, qui
# resert la première page calculée sans rien calculer (mesure seulement, jamais livré). Compilé à
# part (target/plafond) ; PLAFOND=0 saute cette mesure.
PLAFOND_BIN=""
if [ "${PLAFOND:-1}" = 1 ] && ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "(pas de dépôt git : l'arbre à copier pour le plafond est inconnu, cette mesure est sautée)"
elif [ "${PLAFOND:-1}" = 1 ]; then
  echo "== Compilation du plafond (bench/plafond.patch)"
  mkdir "$TMP/plafond"
  git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - | tar -xf - -C "$TMP/plafond"
  (cd "$TMP/plafond" && git apply bench/plafond.patch) || {
    echo "bench/plafond.patch ne s'applique plus à src/web/contexte.rs : il est à refaire (PLAFOND=0 saute cette mesure)"
    exit 1
  }
  cargo build --release --locked --quiet --manifest-path "$TMP/plafond/Cargo.toml" --target-dir target/plafond
  PLAFOND_BIN=target/plafond/release/guide-metiers
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
  RUST_LOG=warn setsid $BIN serve --addr "127.0.0.1:$PORT_GM" >"$TMP/serve.log" 2>&1 &
  attendre "http://127.0.0.1:$PORT_GM/healthz"
  isolation
  exit 0
fi

echo "== Export, nginx et serveurs"
$BIN export "$TMP/export" --public-url "http://127.0.0.1:$PORT_GM" --quiz-url "http://127.0.0.1:$PORT_GM" >/dev/null
MODULE_BR=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -f "$MODULE_BR" ]; then
  NGINX_BR=1
else
  NGINX_BR=0
  echo "(pas de $MODULE_BR : nginx ne sert pas de Brotli, les lignes br sont sautées ; apt-get install -y libnginx-mod-http-brotli-static)"
fi

# nginx_conf NOM WORKERS JOURNAL(off|on) [PORT] [TCP_NOPUSH(on|off)] : écrit $TMP/NOM.conf d'après
# bench/nginx.conf.
declare -A PORT_DE
nginx_conf() {
  local journal="access_log off;" modules="" brotli="" port=${4:-$PORT_NGINX} nopush=${5:-on}
  PORT_DE[$1]=$port
  [ "$3" = on ] && journal="access_log $TMP/$1-access.log combined buffer=64k flush=1s;"
  [ "$NGINX_BR" = 1 ] && modules="load_module $MODULE_BR;" && brotli="brotli_static on;"
  mkdir -p "$TMP/$1"
  sed -e "s#^MODULES#$modules#" -e "s#WORKERS#$2#" -e "s#JOURNAL#$journal#" -e "s#BROTLI#$brotli#" \
    -e "s#EN_TETES#include $TMP/en-tetes.conf;#" \
    -e "s#RACINE#$TMP/export#" -e "s#PORT#$port#" -e "s#PIDFILE#$TMP/$1.pid#" -e "s#TMPDIR#$TMP/$1#" \
    -e "s#tcp_nopush on;#tcp_nopush $nopush;#" bench/nginx.conf >"$TMP/$1.conf"
}
# Les en-têtes de politique de cache et de sécurité de guide-metiers, pour que nginx envoie les mêmes.
en_tetes_communs() {
  curl -fsI "http://127.0.0.1:$PORT_GM/metiers/architecte-cloud" | tr -d '\r' \
    | grep -iE '^(cache-control|content-security-policy|x-content-type-options|referrer-policy|x-frame-options|permissions-policy|cross-origin-opener-policy):' \
    | sed -E 's/^([^:]+): (.*)$/add_header \1 "\2" always;/' >"$TMP/en-tetes.conf"
}
# nginx_lancer NOM [préfixe…] ; gm_lancer NIVEAU_DE_JOURNAL [préfixe…] (le préfixe : taskset)
# Chaque serveur tourne dans sa propre session, comme nginx s'y met en passant en démon et comme un
# gestionnaire de services le ferait : avec l'ordonnancement par autogroupe de Linux (activé sur les
# machines du banc, /proc/sys/kernel/sched_autogroup_enabled), un serveur lancé dans la session du
# banc partagerait la part de processeur de wrk. setsid ne crée pas de processus : $! reste le serveur.
nginx_lancer() {
  local nom=$1; shift
  ${@+"$@"} nginx -c "$TMP/$nom.conf" -p "$TMP/$nom"
  attendre "http://127.0.0.1:${PORT_DE[$nom]}/"
}
nginx_arreter() { kill "$(cat "$TMP/$1.pid")"; while [ -f "$TMP/$1.pid" ]; do sleep 0.05; done; }
gm_lancer() {
  local niveau=$1; shift
  RUST_LOG=$niveau setsid ${@+"$@"} $BIN serve --addr "127.0.0.1:$PORT_GM" 2>"$TMP/gm-$niveau.log" >/dev/null &
  GM_PID=$!
  attendre "http://127.0.0.1:$PORT_GM/healthz"
  [ "$(cat "/proc/$GM_PID/comm")" = guide-metiers ] || { echo "le processus mesuré ($GM_PID) n'est pas le serveur"; exit 1; }
}
gm_arreter() { kill "$GM_PID"; wait "$GM_PID" 2>/dev/null || true; }

# Temps processeur (tops d'horloge) des processus servis : les workers de nginx, ou guide-metiers
# avec tous ses fils (journal compris).
# pids_nginx NOM : les workers de cette instance-là (deux instances peuvent tourner à la fois).
pids_nginx() { pgrep -P "$(cat "$TMP/$1.pid")" | tr '\n' ' '; }
cpu_ticks() {
  local s=0 p f
  for p in "$@"; do for f in /proc/"$p"/task/*/stat; do s=$((s + $(awk '{ print $14 + $15 }' "$f"))); done; done
  echo "$s"
}
TICK=$(getconf CLK_TCK)
PIN=() # préfixe de wrk (taskset), pour la mesure sur un cœur

# mesure URL PIDS [options de wrk…] : « req/s p99_ms µs_processeur_par_requête » ; s'arrête sur toute
# réponse ≥ 400 ou erreur de socket.
mesure() {
  local url=$1 pids=$2; shift 2
  local avant apres sortie
  avant=$(cpu_ticks $pids)
  sortie=$(${PIN[@]+"${PIN[@]}"} wrk -t1 -c32 -d"${DUREE}s" --latency "$@" "$url")
  apres=$(cpu_ticks $pids)
  if grep -q 'Non-2xx\|Socket errors' <<<"$sortie"; then
    echo "erreurs sur $url : $sortie" >&2
    exit 1
  fi
  awk -v c=$((apres - avant)) -v hz="$TICK" '
    /requests in/ { n = $1 }
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; p99 = v }
    END { printf "%.0f %.2f %.1f\n", rps, p99, c / hz * 1e6 / n }' <<<"$sortie"
}
empreinte() { curl -fs "${@:2}" "$1" | sha256sum | cut -c1-16; }
taille() { curl -fs "${@:2}" "$1" | wc -c; }
med() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ligne() { local l="|" c; for c in "$@"; do l="$l $c |"; done; echo "$l"; }

NGX="http://127.0.0.1:$PORT_NGINX"
NGXB="http://127.0.0.1:$PORT_NGINX_B"
GMU="http://127.0.0.1:$PORT_GM"
declare -A ENTETE=([brut]="Accept-Encoding: identity" [gzip]="Accept-Encoding: gzip" [br]="Accept-Encoding: br")
FICHE=/metiers/architecte-cloud

# À octets égaux : pour chaque page et chaque forme (brut, gzip, br), nginx puis guide-metiers, en
# alternance, TOURS fois ; médianes des req/s, des p99 et du temps processeur par requête. Les octets
# reçus des deux serveurs sont comparés avant de mesurer.
# nginx tourne en deux réglages à la fois, tcp_nopush on (NOM_A, port 8090) et off (NOM_B, port 8093) :
# aucun des deux n'est le meilleur partout (avec sendfile, on retient parfois la fin d'une grande page
# brute ~40 ms ; off coûte 15 à 25 % sur les pages compressées) ; la référence de chaque ligne est le
# meilleur des deux, comme un exploitant le choisirait pour cette page.
TOURS=${TOURS:-2}
comparer() {
  local titre=$1 nom_a=$2 nom_b=$3
  echo "== Débit, $titre (wrk -t1 -c32 -d${DUREE}s ; médianes de $TOURS tours en alternance ; nginx : le meilleur de tcp_nopush on et off)"
  ligne "page" "forme" "octets" "nginx req/s" "nginx p99 ms" "nginx µs CPU/req" "nginx tcp_nopush" "guide-metiers req/s" "guide-metiers p99 ms" "guide-metiers µs CPU/req" "rapport"
  ligne --- --- --- ---: ---: ---: --- ---: ---: ---: ---:
  local chemin forme h egal r p u
  for chemin in "$FICHE" /metiers; do
    for forme in brut gzip br; do
      [ "$forme" = br ] && [ "$NGINX_BR" = 0 ] && continue
      h=${ENTETE[$forme]}
      if [ "$(empreinte "$NGX$chemin" -H "$h")" = "$(empreinte "$GMU$chemin" -H "$h")" ] \
        && [ "$(empreinte "$NGXB$chemin" -H "$h")" = "$(empreinte "$GMU$chemin" -H "$h")" ]; then
        egal="$(taille "$GMU$chemin" -H "$h"), mêmes octets"
      else
        egal="DIFFÉRENTS : nginx $(taille "$NGX$chemin" -H "$h"), guide-metiers $(taille "$GMU$chemin" -H "$h")"
      fi
      local -a ar=() ap=() au=() br=() bp=() bu=() gr=() gp=() gu=()
      for _ in $(seq "$TOURS"); do
        read -r r p u < <(mesure "$NGX$chemin" "$(pids_nginx "$nom_a")" -H "$h"); ar+=("$r"); ap+=("$p"); au+=("$u")
        read -r r p u < <(mesure "$GMU$chemin" "$GM_PID" -H "$h"); gr+=("$r"); gp+=("$p"); gu+=("$u")
        read -r r p u < <(mesure "$NGXB$chemin" "$(pids_nginx "$nom_b")" -H "$h"); br+=("$r"); bp+=("$p"); bu+=("$u")
      done
      local na nb
      na=$(med "${ar[@]}"); nb=$(med "${br[@]}")
      if awk -v a="$na" -v b="$nb" 'BEGIN { exit !(a >= b) }'; then
        ligne "$chemin" "$forme" "$egal" "$na" "$(med "${ap[@]}")" "$(med "${au[@]}")" "on (off : $nb)" \
          "$(med "${gr[@]}")" "$(med "${gp[@]}")" "$(med "${gu[@]}")" "**$(ratio "$(med "${gr[@]}")" "$na")**"
      else
        ligne "$chemin" "$forme" "$egal" "$nb" "$(med "${bp[@]}")" "$(med "${bu[@]}")" "off (on : $na)" \
          "$(med "${gr[@]}")" "$(med "${gp[@]}")" "$(med "${gu[@]}")" "**$(ratio "$(med "${gr[@]}")" "$nb")**"
      fi
    done
  done
}

gm_lancer warn
en_tetes_communs
nginx_conf nginx-2 auto off
nginx_lancer nginx-2
nginx_conf nginx-2b auto off "$PORT_NGINX_B" off
nginx_lancer nginx-2b
echo "en-têtes d'une réponse (fiche, gzip) : nginx $(curl -s -D - -o /dev/null -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT_NGINX/metiers/architecte-cloud" | wc -c) octets, guide-metiers $(curl -s -D - -o /dev/null -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT_GM/metiers/architecte-cloud" | wc -c) octets"
comparer "journaux coupés des deux côtés" nginx-2 nginx-2b
nginx_arreter nginx-2b

# Le plafond : un serveur hyper nu (examples/hyper_nu.rs) qui renvoie les mêmes octets et les mêmes
# en-têtes avec le même modèle de fils, sans routeur, délais ni journal.
echo "== Plafond : hyper nu, mêmes octets (wrk -t1 -c32 -d${DUREE}s, fiche métier)"
cargo build --release --locked --quiet --example hyper_nu
ligne "forme" "hyper nu req/s" "hyper nu µs CPU/req" "guide-metiers req/s" "guide-metiers µs CPU/req" "guide-metiers ÷ hyper nu"
ligne --- ---: ---: ---: ---: ---:
for forme in brut gzip br; do
  fichier="$TMP/export$FICHE/index.html"
  enc=()
  [ "$forme" = gzip ] && fichier="$fichier.gz" && enc=(gzip)
  [ "$forme" = br ] && fichier="$fichier.br" && enc=(br)
  # Les mêmes en-têtes que guide-metiers pour cette forme (hyper écrit Date et Content-Length).
  curl -fs -D - -o /dev/null -H "${ENTETE[$forme]}" "$GMU$FICHE" | tr -d '\r' \
    | grep -viE '^(http/|date:|content-length:|content-type:|content-encoding:|$)' >"$TMP/nu-$forme.txt"
  setsid ./target/release/examples/hyper_nu "127.0.0.1:$PORT_NU" "$fichier" "$TMP/nu-$forme.txt" ${enc[@]+"${enc[@]}"} &
  nu=$!
  attendre "http://127.0.0.1:$PORT_NU/"
  read -r rn _ un < <(mesure "http://127.0.0.1:$PORT_NU$FICHE" "$nu" -H "${ENTETE[$forme]}")
  read -r rg _ ug < <(mesure "$GMU$FICHE" "$GM_PID" -H "${ENTETE[$forme]}")
  kill "$nu"; wait "$nu" 2>/dev/null || true
  ligne "$forme" "$rn" "$un" "$rg" "$ug" "$(ratio "$rg" "$rn")"
done

# Résultats de quiz : nginx ne calcule rien ; la référence est sa fiche statique en gzip. Deux fois
# mesurée : demandée à adresse fixe (wrk sans script), et demandée par bench/quiz_aleatoire.lua avec
# ADRESSE, qui fait chaque adresse de la fiche comme celles des résultats (même travail du client :
# wrk partage les deux cœurs avec le serveur mesuré). Chaque ligne a ses deux rapports.
echo "== Résultats de quiz (wrk -t1 -c32 -d${DUREE}s ; référence : la fiche statique servie par nginx, gzip)"
read -r REF _ _ < <(mesure "$NGX$FICHE" "$(pids_nginx nginx-2)" -H "${ENTETE[gzip]}")
read -r REF_LUA _ _ < <(ADRESSE="$FICHE?r=" mesure "$NGX" "$(pids_nginx nginx-2)" -s bench/quiz_aleatoire.lua -H "${ENTETE[gzip]}")
ligne "requête" "forme" "guide-metiers req/s" "guide-metiers p99 ms" "guide-metiers µs CPU/req" \
  "nginx, fiche à adresse fixe req/s" "rapport" "nginx, fiche au hasard req/s" "rapport, même client"
ligne --- --- ---: ---: ---: ---: ---: ---: ---:
for forme in gzip br; do
  read -r r p u < <(mesure "$GMU/quiz/resultat?r=$REPONSES" "$GM_PID" -H "${ENTETE[$forme]}")
  ligne "même lien (déjà calculé)" "$forme" "$r" "$p" "$u" "$REF" "$(ratio "$r" "$REF")" "—" "—"
  read -r r p u < <(mesure "$GMU" "$GM_PID" -s bench/quiz_aleatoire.lua -H "${ENTETE[$forme]}")
  ligne "réponses au hasard (calculé)" "$forme" "$r" "$p" "$u" "$REF" "$(ratio "$r" "$REF")" "$REF_LUA" "$(ratio "$r" "$REF_LUA")"
done

# Latence à débit fixe, à la moitié du débit maximal de nginx mesuré juste avant (bench/debit_fixe.lua :
# 256 connexions qui attendent chacune leur tour, pour que l'attente entière de wrk tombe juste).
CIBLE=$(( ${REF%.*} / 2 ))
echo "== Latence à débit fixe : environ $CIBLE req/s visées (wrk -t1 -c256 -d${DUREE}s, bench/debit_fixe.lua, fiche, gzip)"
ligne "serveur" "débit visé req/s" "débit obtenu req/s" "p50 ms" "p99 ms" "p99,9 ms"
ligne --- ---: ---: ---: ---: ---:
for serveur in "nginx $NGX" "guide-metiers $GMU"; do
  read -r nom url <<<"$serveur"
  DEBIT=$CIBLE CONNEXIONS=256 wrk -t1 -c256 -d"${DUREE}s" -s bench/debit_fixe.lua -H "${ENTETE[gzip]}" "$url$FICHE" \
    | awk -v nom="$nom" '/^FIXE/ { printf "| %s | %s | %s | %s | %s | %s |\n", nom, $2, $3, $4, $5, $6 }'
done
gm_arreter

# Ce que coûte le chemin des pages calculées sans le calcul : le même serveur, la même charge
# (bench/quiz_aleatoire.lua, gzip), mais la page est celle de la première demande, resservie sans
# rien calculer — passée par les fils de calcul comme les vraies, puis sur le fil de la connexion.
# Le serveur livré et les deux références de nginx sont remesurés dans les mêmes tours, en alternance :
# l'état de la machine change en quelques minutes.
if [ -n "$PLAFOND_BIN" ]; then
  echo "== Plafond des résultats calculés (bench/plafond.patch ; wrk -t1 -c32 -d${DUREE}s, bench/quiz_aleatoire.lua, gzip ; médianes de $TOURS tours en alternance)"
  declare -A PL_R=() PL_P=() PL_U=()
  CHEMINS=(livre calculs sur-place)
  declare -A LIBELLE=([livre]="le serveur livré : calcul, rendu, compression" \
    [calculs]="rien de calculé, par les fils de calcul" [sur-place]="rien de calculé, sur le fil de la connexion")
  for _ in $(seq "$TOURS"); do
    read -r r _ _ < <(mesure "$NGX$FICHE" "$(pids_nginx nginx-2)" -H "${ENTETE[gzip]}")
    PL_R[fixe]+=" $r"
    read -r r _ _ < <(ADRESSE="$FICHE?r=" mesure "$NGX" "$(pids_nginx nginx-2)" -s bench/quiz_aleatoire.lua -H "${ENTETE[gzip]}")
    PL_R[script]+=" $r"
    for chemin in "${CHEMINS[@]}"; do
      if [ "$chemin" = livre ]; then gm_lancer warn; else BIN=$PLAFOND_BIN gm_lancer warn env PLAFOND="$chemin"; fi
      curl -fs -o /dev/null -H "${ENTETE[gzip]}" "$GMU/quiz/resultat?r=$REPONSES"
      read -r r p u < <(mesure "$GMU" "$GM_PID" -s bench/quiz_aleatoire.lua -H "${ENTETE[gzip]}")
      PL_R[$chemin]+=" $r" PL_P[$chemin]+=" $p" PL_U[$chemin]+=" $u"
      gm_arreter
    done
  done
  fixe=$(med ${PL_R[fixe]})
  script=$(med ${PL_R[script]})
  echo "nginx, fiche à adresse fixe : $fixe req/s ; fiche au hasard (bench/quiz_aleatoire.lua, ADRESSE) : $script req/s"
  ligne "chemin" "req/s" "p99 ms" "µs CPU/req" "rapport à la fiche à adresse fixe" "rapport, même client"
  ligne --- ---: ---: ---: ---: ---:
  for chemin in "${CHEMINS[@]}"; do
    r=$(med ${PL_R[$chemin]})
    ligne "${LIBELLE[$chemin]}" "$r" "$(med ${PL_P[$chemin]})" "$(med ${PL_U[$chemin]})" "$(ratio "$r" "$fixe")" "$(ratio "$r" "$script")"
  done
fi
nginx_arreter nginx-2

# Journaux allumés des deux côtés, chacun dans un fichier : nginx son journal d'accès (tampon de
# 64 Ko), guide-metiers sa ligne par requête au niveau par défaut (info).
nginx_conf nginx-2j auto on
nginx_lancer nginx-2j
nginx_conf nginx-2jb auto on "$PORT_NGINX_B" off
nginx_lancer nginx-2jb
gm_lancer info
comparer "journaux allumés des deux côtés" nginx-2j nginx-2jb
gm_arreter
nginx_arreter nginx-2j
nginx_arreter nginx-2jb
echo "lignes de journal écrites : nginx $(cat "$TMP"/nginx-2j-access.log "$TMP"/nginx-2jb-access.log | wc -l), guide-metiers $(grep -c 'guide_metiers::requete' "$TMP/gm-info.log")"

# Un cœur contre deux. Sur un cœur, le serveur est épinglé au cœur 0 (nginx : 1 worker ; guide-metiers
# n'y voit qu'un cœur, donc un seul fil de service) et wrk au cœur 1 ; sur deux, chacun a les deux
# cœurs et wrk les partage avec lui.
echo "== Passage à l'échelle (wrk -t1 -c32 -d${DUREE}s, fiche, gzip, journaux coupés)"
ligne "cœurs du serveur" "nginx req/s" "nginx p99 ms" "guide-metiers req/s" "guide-metiers p99 ms" "rapport"
ligne --- ---: ---: ---: ---: ---:
nginx_conf nginx-1 1 off
for coeurs in 1 2; do
  if [ "$coeurs" = 1 ]; then pin=(taskset -c 0); PIN=(taskset -c 1); nom=nginx-1; else pin=(); PIN=(); nom=nginx-2; fi
  nginx_lancer "$nom" ${pin[@]+"${pin[@]}"}
  read -r rn pn _ < <(mesure "$NGX$FICHE" "$(pids_nginx "$nom")" -H "${ENTETE[gzip]}")
  nginx_arreter "$nom"
  gm_lancer warn ${pin[@]+"${pin[@]}"}
  read -r rg pg _ < <(mesure "$GMU$FICHE" "$GM_PID" -H "${ENTETE[gzip]}")
  gm_arreter
  ligne "$coeurs" "$rn" "$pn" "$rg" "$pg" "$(ratio "$rg" "$rn")"
done
PIN=()

gm_lancer warn

echo "== Charge mélangée (wrk -t2 -c256 -d60s, bench/melange.lua)"
wrk -t2 -c256 -d60s -H "Accept-Encoding: br, gzip" -s bench/melange.lua "http://127.0.0.1:$PORT_GM" | grep MELANGE

isolation
gm_arreter

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
