# Textes partagés par toutes les pages.

## templates/base.html, templates/partials/fil_ariane.html

commun-nom-site = Guide des métiers
commun-titre-page = { $page } · Guide des métiers
commun-aller-au-contenu = Aller au contenu
commun-nav-principale = Navigation principale
commun-nav-metiers = Métiers
commun-nav-quiz = Quiz
commun-nav-criteres = Critères
commun-nav-comparer = Comparer
commun-fil-ariane = Fil d’Ariane
commun-accueil = Accueil
commun-pied-mission = Un guide indépendant pour découvrir les métiers et les études en Belgique francophone.
commun-pied-a-propos = À propos du guide
commun-pied-sources = Nos sources
commun-pied-penuries = Métiers en pénurie par Région
commun-pied-methode-quiz = Comment fonctionne le quiz
commun-pied-signaler = Signaler une erreur
commun-pied-exploration = Les informations et les résultats de quiz servent à explorer des pistes, pas à trier les personnes. Vérifiez toujours les conditions d’accès auprès des écoles et des services d’orientation.

## Données structurées et listes (src/render)

commun-pays = Belgique
commun-nombre-metiers = { $nombre ->
    [0] aucun métier
    [one] { $nombre } métier
   *[other] { $nombre } métiers
}

## Dates longues : « 20 novembre 2025 »

commun-date = { $jour ->
    [1] 1er
   *[other] { $jour }
} { $mois ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $annee }
