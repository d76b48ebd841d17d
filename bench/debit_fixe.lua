-- wrk : débit fixe. Chaque connexion attend entre deux requêtes de quoi viser DEBIT requêtes par
-- seconde au total (variable d'environnement), au lieu d'enchaîner au plus vite : on mesure la latence
-- d'un serveur qui n'est pas saturé. Limite connue : wrk mesure depuis l'envoi ; si le serveur cale, les
-- requêtes suivantes partent en retard et ce retard n'est pas compté (omission coordonnée). Le débit
-- obtenu est donc imprimé à côté du débit visé : s'il est nettement plus bas, le serveur a calé.
-- CONNEXIONS : le -c de wrk (le script ne le voit pas autrement).
local debit = tonumber(os.getenv("DEBIT") or "1000")
local attente_ms = 1000 * tonumber(os.getenv("CONNEXIONS") or "32") / debit

delay = function()
  return attente_ms
end

done = function(summary, latency, requests)
  io.write(string.format("FIXE %.0f %.2f %.2f %.2f\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000))
end
