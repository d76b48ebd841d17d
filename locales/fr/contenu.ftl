# Messages de validation du contenu, affichés par `guide-metiers check` et au démarrage.
# Chaque message dit ce qui ne va pas et comment le corriger.

## src/content/probleme.rs

contenu-dossier-illisible = Impossible de lire ce dossier ({ $detail }). Vérifiez qu’il existe et que vous avez le droit de le lire.
contenu-fichier-manquant = Ce fichier est obligatoire mais introuvable. Créez-le ou vérifiez le dossier passé avec --content.
contenu-fichier-illisible = Impossible de lire ce fichier : { $detail ->
    [droits] vous n’avez pas le droit de le lire. Vérifiez ses droits d’accès.
    [dossier] c’est un dossier, pas un fichier. Renommez-le sans l’extension .toml ou déplacez-le.
   *[other] { $detail }. Vérifiez qu’il existe et que vous pouvez le lire.
}
contenu-utf8-invalide = Ce fichier n’est pas encodé en UTF-8 à partir d’ici. Réenregistrez-le en UTF-8 depuis votre éditeur.
contenu-syntaxe = Syntaxe TOML incorrecte ({ $detail }). Vérifiez les guillemets, les crochets et le signe = sur cette ligne.
contenu-champ-inconnu = Champ « { $champ } » inconnu. Vérifiez son orthographe dans le guide des rédacteurs (content/README.md) ou supprimez-le.
contenu-champ-inconnu-suggestion = Champ « { $champ } » inconnu. Vouliez-vous écrire « { $suggestion } » ?
contenu-champ-manquant = Le champ obligatoire « { $champ } » manque. Ajoutez-le dans cette table.
contenu-champ-duplique = Le champ « { $champ } » est écrit deux fois. Gardez une seule valeur.
contenu-type-invalide = Type de valeur incorrect : { $attendu ->
    [texte] on attend du texte entre guillemets
    [entier] on attend un nombre entier
    [entier-positif] on attend un nombre entier positif
    [decimal] on attend un nombre
    [booleen] on attend true ou false
    [liste] on attend une liste entre crochets [ … ]
    [table] on attend une table [ … ] ou { "{" } … { "}" }
    [date] on attend une date AAAA-MM-JJ sans guillemets
   *[other] on attend : { $attendu }
}, mais la valeur écrite est { $trouve ->
    [texte] du texte
    [entier] le nombre { $valeur }
    [decimal] le nombre { $valeur }
    [booleen] le booléen { $valeur }
    [liste] une liste
    [table] une table
    [date] une date
   *[other] { $trouve }
}.
contenu-valeur-inconnue = Valeur « { $valeur } » non reconnue. Valeurs possibles : { $attendues }.
contenu-longueur-invalide = Cette liste contient { $trouve } éléments alors qu’il en faut exactement { $attendu }{ $attendu ->
    [2] { " " }(une fourchette s’écrit par exemple [3800, 4800]).
   *[other] .
}
contenu-texte-vide = Le texte « { $champ } » est vide. Écrivez-le ou supprimez la ligne si le champ est facultatif.
contenu-liste-vide = La liste « { $champ } » est vide. Ajoutez au moins un élément.
contenu-slug-invalide = « { $slug } » ne peut pas servir d’adresse : utilisez uniquement des minuscules sans accents, des chiffres et des tirets (par exemple « architecte-cloud »).
contenu-slug-duplique = L’identifiant « { $slug } » est déjà utilisé plus haut. Chaque identifiant doit être unique.
contenu-secteur-inconnu = Le secteur « { $secteur } » n’existe pas dans content/secteurs.toml. Secteurs possibles : { $connus }.
contenu-critere-inconnu = Le critère « { $critere } » n’existe pas dans content/criteres.toml. Critères possibles : { $connus }.
contenu-similaire-inconnu = Le métier similaire « { $slug } » n’existe pas : il faut un fichier content/metiers/{ $slug }.toml. Corrigez le nom ou retirez-le.
contenu-similaire-soi-meme = Un métier ne peut pas être similaire à lui-même. Retirez-le de « similaires ».
contenu-doublon = « { $valeur } » apparaît deux fois dans cette liste. Gardez-en un seul.
contenu-salaire-min-max = Le salaire minimum ({ $min } €) dépasse le maximum ({ $max } €). Inversez-les ou corrigez-les.
contenu-fourchette-inversee = La fourchette « { $champ } » va de { $bas } € à { $haut } € : le premier nombre doit être le plus petit.
contenu-fourchette-hors-bornes = La fourchette « { $champ } » ({ $bas } – { $haut } €) sort de la fourchette générale ({ $min } – { $max } €). Élargissez min/max ou corrigez la fourchette.
contenu-riasec-hors-bornes = La valeur RIASEC de { $domaine } vaut { $valeur } : elle doit être comprise entre 1 et 7.
contenu-heure-invalide = L’heure « { $valeur } » n’est pas valable. Écrivez-la sur le modèle "08:30" (de 00:00 à 23:59).
contenu-creneau-inverse = Ce créneau finit ({ $fin }) avant ou au moment où il commence ({ $debut }). Vérifiez les deux heures.
contenu-date-invalide = La date « { $valeur } » n’est pas valable. Écrivez une date du calendrier, sans guillemets ni heure, par exemple 2025-11-20.
contenu-annee-invalide = L’année { $valeur } n’est pas plausible. Indiquez une année entre 1990 et 2100.
contenu-url-invalide = L’adresse « { $valeur } » n’est pas valable. Écrivez une adresse complète qui commence par https://.
contenu-items-insuffisants = Le domaine { $domaine } n’a que { $nombre ->
    [0] aucune question
    [one] { $nombre } question
   *[other] { $nombre } questions
} dans le quiz ; il en faut au moins { $minimum } pour que son score ait un sens. Ajoutez des [[items]] avec domaine = "{ $domaine }".
contenu-trop-d-items = Le quiz compte { $nombre } questions : c’est trop (au plus { $maximum }), les réponses voyagent dans l’adresse de la page de résultat. Retirez-en.
contenu-isco-manquant = Le code ISCO-08 manque. Ajoutez isco = "1234" (quatre chiffres) dans la table [codes] : chaque fiche en a un.
contenu-isco-invalide = Le code ISCO-08 « { $valeur } » n’a pas quatre chiffres. Écrivez le code du groupe de base, par exemple "5120".
contenu-salaire-sans-annee = Le salaire ne dit pas l’année de ses montants. Ajoutez annee = 2025 (l’année où ils s’appliquent) dans [salaire].
contenu-salaire-sans-provenance = Ce salaire n’a ni source ni estimation. Citez le document lu (source, editeur, url) ou expliquez en une phrase comment la rédaction l’a estimé (estimation = "…").
contenu-source-et-estimation = Ce chiffre a à la fois une source et une estimation. Gardez la source si le document donne ce chiffre, sinon l’estimation seule.
contenu-source-sans-editeur = Cette source ne dit pas qui la publie. Ajoutez editeur = "…" (par exemple "Le Forem" ou "SPF Emploi, Travail et Concertation sociale").
contenu-salaire-sous-minimum = Le salaire de départ ({ $depart } €) est inférieur au revenu minimum mensuel moyen garanti de { $annee } ({ $minimum } €, content/rmmmg.toml). Corrigez-le ou expliquez pourquoi dans motif_sous_minimum = "…" (job étudiant, apprentissage, temps partiel).
contenu-temoignage-sans-nature = Ce témoignage ne dit pas s’il a été recueilli ou composé. Ajoutez nature = "portrait" (composé par la rédaction) ou nature = "recueilli" (avec date et consentement).
contenu-critere-penurie-sans-liste = Le critère « metier-en-penurie » doit s’appuyer sur une liste régionale en vigueur : ajoutez une entrée [[penuries]] avec sa source, ou retirez le critère.
contenu-liste-penurie-sans-critere = Cette fiche figure sur une liste de pénurie : ajoutez aussi « metier-en-penurie » dans criteres, pour qu’elle apparaisse sur la page de ce critère.
contenu-portrait-avec-employeur = Un portrait composé par la rédaction ne peut pas citer d’employeur : personne n’y a travaillé sous ce nom. Supprimez employeur et décrivez le lieu de travail en termes généraux dans role.
contenu-recueilli-incomplet = Un témoignage recueilli doit dire { $champ ->
    [date] quand l’entretien a eu lieu (date = 2026-03-14)
   *[other] comment la personne a accepté d’être publiée (consentement = "…")
}.
contenu-fiche-ancienne = Fiche relue le { $date }, il y a { $mois } mois : relisez-la (chiffres, écoles, listes de pénurie) puis mettez mis_a_jour à jour.
contenu-chiffre-sans-provenance = Ce chiffre n’a ni source ni estimation : il sera affiché « non vérifié ». Citez le document lu (source, editeur, annee, url) ou expliquez l’estimation (estimation = "…").
contenu-source-incoherente = L’adresse { $url } est citée ailleurs sous un autre titre ou un autre éditeur (« { $titre } », { $editeur }). Citez une même source toujours de la même façon.
contenu-sans-etablissement = Un métier de niveau { $niveau } nomme au moins un établissement qui donne la formation aujourd’hui : ajoutez-le dans [formation] etablissements = ["Nom (Ville)"], vérifié sur sa page ou dans une source de 2021 ou plus récente.
contenu-avertissement = avertissement : { $message }
contenu-resume = { $erreurs ->
    [one] { $erreurs } erreur
   *[other] { $erreurs } erreurs
} dans { $fichiers ->
    [one] { $fichiers } fichier
   *[other] { $fichiers } fichiers
}{ $avertissements ->
    [0] .
    [one] , { $avertissements } avertissement.
   *[other] , { $avertissements } avertissements.
}

## src/main.rs (commande check)

check-ok = Contenu valide : { $metiers ->
    [one] { $metiers } fiche métier
   *[other] { $metiers } fiches métiers
}, aucune erreur{ $avertissements ->
    [0] .
    [one] , { $avertissements } avertissement à traiter.
   *[other] , { $avertissements } avertissements à traiter.
}

## src/main.rs (commande check --rapport)

bilan-titre = Bilan de la rédaction : { $fiches ->
    [one] { $fiches } fiche
   *[other] { $fiches } fiches
}
bilan-salaires = - Salaires : { $pourcent } % sourcés ({ $sources } sur { $total } ; { $estimations } estimations expliquées, { $aucune } sans provenance)
bilan-chiffres = - Chiffres et faits chiffrés : { $pourcent } % sourcés ({ $sources } sur { $total } ; { $estimations } estimations expliquées, { $aucune } sans provenance)
bilan-plus-ancienne = - Relecture la plus ancienne : { $date } ({ $slug })
bilan-sources = - Sources citées : { $sources }
bilan-sources-annee =   - chiffres de { $annee } : { $sources ->
    [one] { $sources } source
   *[other] { $sources } sources
}

## src/content/nouveau.rs (commande new)

nouveau-cree = Fiche créée : { $chemin }. Remplissez-la, puis lancez « guide-metiers check » pour la vérifier.
nouveau-slug-invalide = « { $slug } » ne peut pas servir d’adresse : utilisez uniquement des minuscules sans accents, des chiffres et des tirets (par exemple « infirmier-urgentiste »).
nouveau-existe = Cette fiche existe déjà : { $chemin }. Choisissez un autre nom ou modifiez la fiche existante.
nouveau-ecriture = Impossible d’écrire { $chemin } ({ $detail }). Vérifiez le dossier et vos droits d’écriture.

## src/main.rs (commande export)

export-ok = Site exporté : { $fichiers } fichiers écrits dans { $dossier }.
export-erreur = Impossible d’écrire l’export dans { $dossier } ({ $detail }). Vérifiez le dossier et vos droits d’écriture.
