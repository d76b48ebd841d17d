# La page « À propos » (/a-propos).

## templates/a_propos.html, src/render/a_propos.rs

apropos-titre = À propos du guide
apropos-description = Qui écrit les fiches du Guide des métiers, comment elles sont vérifiées et datées, ce que veut dire « estimation », et comment signaler une erreur.
apropos-chapeau = Le Guide des métiers aide à découvrir les métiers exercés en Belgique francophone et à voir lesquels vous correspondent. Parce que vous pouvez fonder un choix d’études ou de carrière sur ce que vous lisez ici, voici comment nous travaillons.
apropos-redaction-titre = Qui écrit les fiches
apropos-redaction = Les fiches sont écrites par la rédaction du guide, à partir de documents publics belges : pages des écoles et de l’enseignement (enseignement.be, mesetudes.be), des services publics de l’emploi (Le Forem, Actiris, VDAB), du SPF Emploi, de Statbel, des fédérations professionnelles. Chaque fiche est écrite avec nos propres mots ; aucune n’est copiée d’un autre site.
apropos-verification-titre = Comment elles sont vérifiées
apropos-verification = Une fiche n’est publiée qu’après la relecture d’une seconde personne, qui ne l’a pas écrite et qui reprend chaque fait à la source. Un outil contrôle en plus, à chaque modification, que les règles ci-dessous sont respectées.
apropos-verification-ecoles = Les écoles et les centres de formation cités existent et donnent bien la formation dont parle la fiche ; les programmes et les diplômes sont ceux en vigueur.
apropos-verification-chiffres = Chaque salaire et chaque chiffre correspond au document cité, avec son année ; à défaut, il est présenté comme une estimation et dit comment il a été obtenu.
apropos-verification-minimum = Aucun salaire de départ à temps plein n’est inférieur au revenu minimum légal de son année.
apropos-verification-codes = Les codes des classifications officielles (ISCO-08, ESCO, ROME, O*NET) ne sont indiqués que lorsqu’ils ont été vérifiés.
apropos-verification-date = Chaque fiche affiche sa date de relecture ; une fiche qui n’a pas été relue depuis douze mois est signalée à la rédaction.
apropos-lien-sources = Voir toutes les sources
apropos-estimation-titre = Ce que veut dire « Estimation de la rédaction »
apropos-estimation = Pour beaucoup de métiers, aucun document public ne donne le salaire réellement payé : les barèmes des commissions paritaires fixent des minimums, et les enquêtes ne couvrent pas toutes les fonctions. Plutôt que d’inventer une source, nous indiquons alors « Estimation de la rédaction » suivi d’une phrase qui dit comment le montant a été obtenu (par exemple à partir d’un barème minimum et des offres d’emploi publiées). Une estimation est un ordre de grandeur honnête, pas une promesse : vérifiez auprès des employeurs et des syndicats.
apropos-portraits-titre = Les portraits
apropos-portraits = Nous n’avons pas encore interviewé de professionnels pour le guide. Les récits à la première personne des fiches sont donc des portraits composés par la rédaction à partir de témoignages publics : la personne n’existe pas telle quelle, son employeur n’est jamais nommé, et chaque portrait l’annonce. Quand un témoignage sera recueilli auprès d’une vraie personne, la fiche donnera la date de l’entretien et le fait qu’elle a accepté d’être publiée.
apropos-minimum-titre = Le salaire minimum que nous vérifions
apropos-minimum = En Belgique, un travailleur de 18 ans ou plus à temps plein a droit au moins au revenu minimum mensuel moyen garanti (RMMMG), fixé par la convention collective de travail n° 43 du Conseil national du travail et indexé. Voici les montants bruts mensuels que nous utilisons pour contrôler les salaires de départ des fiches. Une période n’est ajoutée qu’avec la source où nous l’avons lue : l’indexation de janvier 2026 et la hausse d’avril 2026 ne figurent pas encore ici, faute d’avoir lu leur montant.
apropos-minimum-legende = Revenu minimum mensuel moyen garanti, brut, temps plein, 18 ans et plus
apropos-minimum-depuis = En vigueur depuis
apropos-minimum-montant = Montant
apropos-minimum-source = Source
apropos-independance-titre = Un guide indépendant et gratuit
apropos-independance = Le guide est gratuit et sans publicité. Aucune école, aucun employeur ni aucune fédération ne paie pour figurer dans une fiche ou pour être mieux placé dans un résultat de quiz.
apropos-vie-privee-titre = Vos réponses restent les vôtres
apropos-vie-privee = Les réponses aux quiz voyagent dans l’adresse de la page de résultat : le serveur calcule le résultat à la demande et ne les enregistre nulle part. Ses journaux notent la page demandée, sans les réponses. Aucun compte, aucun cookie de suivi.
apropos-donnees-titre = Des données ouvertes
apropos-donnees = Chaque fiche est aussi publiée en JSON (le lien se trouve au bas de la fiche), avec ses sources, pour que d’autres services d’orientation puissent la réutiliser.
apropos-signaler-titre = Signaler une erreur
apropos-signaler = Une école qui a fermé, un barème qui a changé, une formation renommée : dites-le-nous en précisant la fiche et, si possible, le document qui montre l’erreur. Nous corrigeons et mettons à jour la date de relecture.
apropos-signaler-ecrire = Écrire à
apropos-signaler-sans-adresse = Cette copie du guide n’a pas d’adresse de contact configurée : son exploitant peut en indiquer une avec l’option --contact (ou la variable GUIDE_CONTACT).
