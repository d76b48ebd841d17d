-- wrk : débit fixe. Chaque connexion attend entre deux requêtes de quoi viser DEBIT requêtes par
-- seconde au total (variable d'environnement), au lieu d'enchaîner au plus vite : on mesure la latence
-- d'un serveur qui n'est pas saturé. Limite connue : wrk mesure depuis l'envoi ; si le serveur cale, les
-- requêtes suivantes partent en retard et ce retard n'est pas compté (omission coordonnée). Le débit
-- obtenu est donc imprimé à côté du débit visé : s'il est nettement plus bas, le serveur a calé.
-- CONNEXIONS : le -c de wrk (le script ne le voit pas autrement). wrk attend un nombre entier de
-- millisecondes : avec assez de connexions, l'arrondi reste petit (256 connexions à 36 000 req/s :
-- 7 ms, soit 36 571 req/s visées) ; le débit réellement visé est imprimé.
local debit = tonumber(os.getenv("DEBIT") or "1000")
local connexions = tonumber(os.getenv("CONNEXIONS") or "256")
local attente_ms = math.max(1, math.floor(1000 * connexions / debit + 0.5))

delay = function()
  return attente_ms
end

done = function(summary, latency, requests)
  io.write(string.format("FIXE %.0f %.0f %.2f %.2f %.2f\n", 1000 * connexions / attente_ms, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000))
end
