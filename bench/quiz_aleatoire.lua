-- wrk : chaque requête demande le résultat de 30 réponses tirées au hasard (0 à 4), comme des
-- visiteurs tous différents ; aucune page n'est donc déjà calculée.
math.randomseed(7)
request = function()
  local r = {}
  for i = 1, 30 do r[i] = tostring(math.random(0, 4)) end
  return wrk.format("GET", "/quiz/resultat?r=" .. table.concat(r))
end
-- Bilan (bench/run.sh, mesure d'isolation) : tout statut ≥ 400 et toute erreur de socket est un échec.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("QUIZ requetes=%d rps=%.0f p99_ms=%.2f erreurs_http=%d connexion=%d lecture=%d ecriture=%d delai=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
