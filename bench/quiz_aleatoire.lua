-- wrk : chaque requête demande le résultat de 30 réponses tirées au hasard (0 à 4), comme des
-- visiteurs tous différents ; aucune page n'est donc déjà calculée.
math.randomseed(7)
request = function()
  local r = {}
  for i = 1, 30 do r[i] = tostring(math.random(0, 4)) end
  return wrk.format("GET", "/quiz/resultat?r=" .. table.concat(r))
end
