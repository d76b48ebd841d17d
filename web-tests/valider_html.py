#!/usr/bin/env python3
"""Valide le HTML de toutes les pages du site avec le Nu HTML Checker (vnu.jar).

Usage : valider_html.py URL_DE_BASE
Parcourt le site depuis « / » en suivant les liens internes, ajoute une page 404, enregistre
chaque page puis lance vnu.jar dessus. Code de sortie 1 à la moindre erreur, avec la page et la règle.
"""
import html.parser
import re
import pathlib
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

ICI = pathlib.Path(__file__).resolve().parent
VNU = ICI / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


class Liens(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.liens = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("/") and not href.startswith("//"):
                self.liens.append(urllib.parse.urldefrag(href)[0])


def lire(url):
    """(statut, type de contenu, texte) de la page."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode("utf-8")


def main():
    base = sys.argv[1].rstrip("/")
    a_voir, vues, pages = ["/"], set(), {}
    while a_voir:
        chemin = a_voir.pop()
        if chemin in vues or chemin.startswith("/static/"):
            continue
        vues.add(chemin)
        statut, type_contenu, texte = lire(base + chemin)
        if statut != 200:
            print(f"ÉCHEC {chemin} : statut {statut}")
            return 1
        if not type_contenu.startswith("text/html"):
            continue
        pages[chemin] = texte
        analyse = Liens()
        analyse.feed(texte)
        a_voir.extend(analyse.liens)
    metiers = sorted(c for c in pages if re.fullmatch(r"/metiers/[a-z0-9-]+", c))
    autres = {"/page-qui-n-existe-pas": 404, "/metiers?q=e&niveau=master": 200, "/metiers?niveau=inconnu": 400}
    # Results of both quizzes, with answers of the right length read from the forms.
    def nombre(chemin, prefixe):
        return len(set(re.findall(r'name="%s(\d+)"' % prefixe, pages.get(chemin, ""))))
    def reponses(n):
        return "".join("40312"[i % 5] for i in range(n))
    if "/quiz" in pages:
        autres["/quiz/resultat?r=" + reponses(nombre("/quiz", "q"))] = 200
    if metiers and metiers[0] + "/quiz" in pages:
        quiz = metiers[0] + "/quiz"
        autres[f"{quiz}/resultat?a={reponses(nombre(quiz, 'a'))}&r={reponses(nombre(quiz, 'q'))}"] = 200
    if len(metiers) >= 2:
        autres["/comparer?m=" + ",".join(c.rsplit("/", 1)[1] for c in metiers[:2])] = 200
    for chemin, attendu in autres.items():
        statut, _, pages[chemin] = lire(base + chemin)
        if statut != attendu:
            print(f"ÉCHEC {chemin} : statut {statut} au lieu de {attendu}")
            return 1
    with tempfile.TemporaryDirectory() as dossier:
        fichiers = {}
        for i, (chemin, texte) in enumerate(sorted(pages.items())):
            f = pathlib.Path(dossier) / f"page{i:04}.html"
            f.write_text(texte, encoding="utf-8")
            fichiers[f.as_uri()] = chemin
        r = subprocess.run(
            ["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *[urllib.parse.urlparse(u).path for u in fichiers]],
            capture_output=True,
            text=True,
        )
        sortie = r.stdout + r.stderr
        for uri, chemin in fichiers.items():
            sortie = sortie.replace(urllib.parse.urlparse(uri).path, chemin)
    print(f"Nu HTML Checker : {len(pages)} pages vérifiées.")
    if r.returncode != 0 or sortie.strip():
        print(sortie)
        return 1
    print("0 erreur.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
