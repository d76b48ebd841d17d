-- wrk : chaque requête demande le résultat de 30 réponses tirées au hasard (0 à 4), comme des
-- visiteurs tous différents ; aucune page n'est donc déjà calculée.
-- ADRESSE (variable d'environnement) change le début de l'adresse : bench/run.sh demande ainsi la
-- fiche statique de nginx (`ADRESSE=/metiers/architecte-cloud?r=`, requête que nginx ignore) avec
-- le même travail du client que pour un résultat.
math.randomseed(7)
local debut = os.getenv("ADRESSE") or "/quiz/resultat?r="
request = function()
  local r = {}
  for i = 1, 30 do r[i] = tostring(math.random(0, 4)) end
  return wrk.format("GET", debut .. table.concat(r))
end
-- Bilan (bench/run.sh, mesure d'isolation) : tout statut ≥ 400 et toute erreur de socket est un échec.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("QUIZ requetes=%d rps=%.0f p99_ms=%.2f erreurs_http=%d connexion=%d lecture=%d ecriture=%d delai=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
