#!/usr/bin/env python3
"""Écrit un site de test de N fiches à partir des fiches livrées (bench de chargement).

Usage : bench/generer.py N DOSSIER
Copie secteurs, critères et quiz de content/, puis écrit N fiches : chaque fiche livrée est
reprise à tour de rôle sous un nouveau slug (`<slug>-00042`), avec un nom distinct et ses
métiers similaires pointant vers les copies de la même série, pour que le site reste valide.
"""
import pathlib
import re
import shutil
import sys

racine = pathlib.Path(__file__).resolve().parent.parent
n, dest = int(sys.argv[1]), pathlib.Path(sys.argv[2])
source = racine / "content"
if dest.exists():
    shutil.rmtree(dest)
(dest / "metiers").mkdir(parents=True)
for f in ["secteurs.toml", "criteres.toml", "quiz.toml", "rmmmg.toml", "metier.schema.json"]:
    shutil.copy(source / f, dest / f)

fiches = sorted((source / "metiers").glob("*.toml"))
modeles = [(f.stem, f.read_text(encoding="utf-8")) for f in fiches]
slugs = {s for s, _ in modeles}
for i in range(n):
    slug, texte = modeles[i % len(modeles)]
    serie = i // len(modeles)
    suffixe = f"-{serie:05d}"
    texte = re.sub(r'^nom = "(.*)"$', lambda m: f'nom = "{m.group(1)} {serie}"', texte, count=1, flags=re.M)

    def similaires(m):
        liste = re.findall(r'"([a-z0-9-]+)"', m.group(1))
        gardes = [s + suffixe for s in liste if s in slugs and modeles.index(next(x for x in modeles if x[0] == s)) + serie * len(modeles) < n]
        return "similaires = [" + ", ".join(f'"{s}"' for s in gardes) + "]"

    texte = re.sub(r"^similaires = \[(.*?)\]", similaires, texte, count=1, flags=re.M | re.S)
    (dest / "metiers" / f"{slug}{suffixe}.toml").write_text(texte, encoding="utf-8")
