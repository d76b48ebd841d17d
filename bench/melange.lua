-- wrk: charge mélangée, comme des visiteurs qui lisent des fiches, la liste, font le quiz.
-- Chaque requête tire un chemin au hasard dans la liste pondérée ci-dessous.
local chemins = {
  "/metiers/architecte-cloud", "/metiers/infirmier", "/metiers/electricien", "/metiers/comptable",
  "/metiers/graphiste", "/metiers/cuisinier", "/metiers/instituteur-primaire", "/metiers/macon",
  "/", "/metiers", "/metiers?q=ingenieur", "/secteurs/sante", "/criteres/contact-humain",
  "/quiz", "/quiz/resultat?r=" .. string.rep("3104", 7) .. "22",
  "/metiers/architecte-cloud.json", "/metiers/infirmier/quiz", "/comparer?m=infirmier,aide-soignant",
  "/static/style.css",
}
math.randomseed(42)
request = function()
  return wrk.format("GET", chemins[math.random(#chemins)])
end
local erreurs = 0
response = function(status)
  if status >= 400 then erreurs = erreurs + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("MELANGE requetes=%d rps=%.0f p99_ms=%.2f erreurs_http=%d connexion=%d lecture=%d ecriture=%d delai=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
