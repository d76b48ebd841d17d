# La page des pénuries (/penuries).

## templates/penuries.html, src/render/penuries.rs

penuries-titre = Métiers en pénurie : les trois Régions côte à côte
penuries-description = Les métiers du guide qui figurent sur les listes de pénurie et de fonctions critiques du Forem (Wallonie), d’Actiris (Bruxelles) et du VDAB (Flandre), avec l’intitulé exact et la source de chaque liste.
penuries-chapeau = Chaque année, les trois services publics de l’emploi publient la liste des fonctions pour lesquelles les employeurs de leur Région peinent à recruter. Ces listes ne se recoupent pas : un métier peut manquer de bras à Liège et pas à Bruxelles. Voici, pour les métiers de ce guide, ce que dit la liste en vigueur de chaque Région.
penuries-prudence = Un métier absent d’une colonne n’est pas forcément facile d’accès : soit il n’est pas sur la liste, soit nous n’avons pas encore pu vérifier sa présence dans la liste publiée. Seuls les métiers que nous avons lus dans la liste sont repris.
penuries-partout-titre = Recherchés dans toutes les Régions qui ont une liste ici
penuries-explication-wallonie = Le Forem distingue les métiers en pénurie (trop peu de candidats) et les fonctions critiques (le recrutement prend plus de temps que d’habitude).
penuries-explication-bruxelles = Actiris publie la liste des fonctions critiques de la Région de Bruxelles-Capitale, celles pour lesquelles les offres sont difficiles à pourvoir.
penuries-explication-flandre = Le VDAB publie la liste des « knelpuntberoepen » de Flandre, les métiers dont les offres sont plus difficiles à pourvoir, sans distinguer pénurie et fonction critique : nous les disons « en tension ». Les intitulés sont donnés en néerlandais, tels qu’ils figurent sur la liste.
penuries-region-vide = Nous n’avons encore lu aucun métier du guide dans la liste en vigueur de cette Région.
penuries-tableau-titre = Les métiers du guide sur les listes en vigueur
penuries-colonne-fiche = Fiche du guide
penuries-absent = pas sur la liste lue
penuries-listes-titre = Les listes consultées
