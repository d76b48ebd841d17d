# Rechargement à chaud (guide-metiers serve --watch).

## templates/partials/banniere.html

rechargement-titre = La dernière modification du contenu contient des erreurs.
rechargement-explication = Le site continue d’afficher la dernière version valide. Corrigez ces points et enregistrez : ce bandeau disparaîtra de lui-même.
