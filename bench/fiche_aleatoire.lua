-- wrk : la fiche statique demandée comme bench/quiz_aleatoire.lua demande un résultat — une adresse
-- faite à chaque requête de 30 chiffres tirés au hasard — pour que le client fasse le même travail
-- des deux côtés de la comparaison. Le serveur statique ignore la requête (`?r=…`) : il envoie la
-- fiche, les mêmes octets que sans elle.
math.randomseed(7)
request = function()
  local r = {}
  for i = 1, 30 do r[i] = tostring(math.random(0, 4)) end
  return wrk.format("GET", "/metiers/architecte-cloud?r=" .. table.concat(r))
end
