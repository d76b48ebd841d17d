# Pages d’erreur.

## templates/erreur.html

erreur-400-titre = Cette adresse contient une erreur
erreur-400-explication = Une partie de l’adresse demandée n’est pas valable. Vérifiez-la ou repartez de l’accueil.
erreur-404-titre = Page introuvable
erreur-404-explication = Il n’y a rien à cette adresse. Le métier a peut-être changé de nom, ou l’adresse contient une faute de frappe.
erreur-500-titre = Un problème est survenu de notre côté
erreur-500-explication = La page n’a pas pu être affichée. Réessayez dans un instant ; si le problème continue, revenez à l’accueil.
erreur-retour-accueil = Revenir à l’accueil
erreur-voir-metiers = Voir tous les métiers

## Détails des erreurs 400 communs à plusieurs pages (src/web)

requete-trop-longue = L’adresse demandée est beaucoup trop longue. Repartez de la page précédente.

## Autres erreurs (templates/erreur.html)

erreur-405-titre = Cette adresse se consulte, elle ne reçoit rien
erreur-405-explication = Cette page ne peut qu’être affichée : elle n’accepte pas d’envoi de données. Ouvrez-la simplement dans votre navigateur.
erreur-413-titre = Requête refusée
erreur-413-explication = Cette adresse n’attend aucun contenu envoyé avec la demande. Ouvrez la page sans rien y joindre.
erreur-431-titre = Demande trop volumineuse
erreur-431-explication = Votre navigateur a envoyé des informations annexes (souvent des cookies) bien trop longues. Effacez les cookies de ce site puis rechargez la page.
erreur-503-titre = Le site est très demandé en ce moment
erreur-503-explication = Trop de demandes arrivent en même temps : la vôtre n’a pas pu être traitée. Réessayez dans quelques secondes.
