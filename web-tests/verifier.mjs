#!/usr/bin/env node
// Portes de qualité vues par un navigateur, sur un serveur guide-metiers déjà lancé.
//
// Usage : node verifier.mjs URL_DE_BASE [--sans-lighthouse] [--sans-readme] [--seulement=html,axe,liens,clavier,lighthouse]
//
// Pages vérifiées : toutes celles de /sitemap.xml, un résultat du quiz d'orientation, un résultat du
// quiz d'un métier, une comparaison, une liste filtrée, la page 404 et la page 400.
//   1. Nu HTML Checker (vnu.jar) : 0 erreur sur le HTML reçu du serveur ;
//   2. axe-core (WCAG 2.1 AA : wcag2a, wcag2aa, wcag21a, wcag21aa) : 0 violation, à 1280 px et à 360 px ;
//   3. chaque lien et ressource interne (a href, link href, img src, script src) répond 200, chaque
//      ancre « #id » vers une page vérifiée existe ;
//   4. à 360 px de large, aucune page ne défile horizontalement ; pas d'erreur dans la console ;
//   5. clavier seul, à 360 px : le quiz d'orientation se remplit (Tab, flèches, Espace), s'envoie (Entrée
//      sur le bouton) et mène au résultat avec une liste classée de métiers ; le focus reste visible ;
//   6. Lighthouse (mobile, réglages par défaut) : au moins 0,95 en performance, accessibilité, bonnes
//      pratiques et SEO sur l'accueil, une fiche métier, le quiz et un résultat du quiz.
// Code de sortie 1 au moindre manquement, avec la page et la règle. Les chiffres du passage sont
// imprimés à la fin (le journal de l'intégration continue les garde) ; --ecrire-readme les écrit en
// plus dans la section « Résultats du dernier passage » de web-tests/README.md, quand on veut les
// publier.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const ICI = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const VNU = path.join(ICI, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const README = path.join(ICI, 'README.md');
const RAPPORTS = path.join(ICI, 'rapports');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Flags Chromium needs as root on a machine without outside network (no background connections).
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SEUIL_LIGHTHOUSE = 0.95;
const RUNS_PERFORMANCE = 3;
const CATEGORIES = {
  performance: 'performance',
  accessibility: 'accessibilité',
  'best-practices': 'bonnes pratiques',
  seo: 'SEO',
};
const LARGEURS = {
  ordinateur: { viewport: { width: 1280, height: 800 } },
  telephone: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

const args = process.argv.slice(2);
const base = (args.find((a) => !a.startsWith('--')) || '').replace(/\/$/, '');
if (!base) {
  console.error('Usage : node verifier.mjs URL_DE_BASE [--sans-lighthouse] [--ecrire-readme] [--seulement=html,axe,liens,clavier,lighthouse]');
  process.exit(2);
}
// --seulement=html,axe,liens,clavier,lighthouse runs some gates only.
const seulement = args.find((a) => a.startsWith('--seulement='))?.slice('--seulement='.length).split(',');
const porte = (nom) => !seulement || seulement.includes(nom);
const avecLighthouse = porte('lighthouse') && !args.includes('--sans-lighthouse');
// The README changes only on purpose, with the figures of a complete run.
const avecReadme = !seulement && args.includes('--ecrire-readme');

const debut = Date.now();
const echecs = [];
const chiffres = { durees: {} };

function echec(porte, page, regle, detail = '') {
  echecs.push({ porte, page, regle, detail });
  console.log(`ÉCHEC [${porte}] ${page} : ${regle}${detail ? ` — ${detail}` : ''}`);
}

async function etape(nom, f) {
  const t = Date.now();
  console.log(`\n--- ${nom} ---`);
  try {
    return await f();
  } catch (e) {
    echec(nom, '-', 'erreur du vérificateur', e.stack || String(e));
    return undefined;
  } finally {
    chiffres.durees[nom] = (Date.now() - t) / 1000;
  }
}

async function lire(chemin, options = {}) {
  const r = await fetch(base + chemin, { redirect: 'manual', ...options });
  return { statut: r.status, type: r.headers.get('content-type') || '', texte: await r.text() };
}

// Answers with a contrasted profile: the quiz alternates the six RIASEC domains, so a pattern of
// period six gives each domain its own score and the result page shows a ranked list.
function reponses(n) {
  return Array.from({ length: n }, (_, i) => '240123'[i % 6]).join('');
}

function nombreDeQuestions(html, prefixe) {
  return new Set([...html.matchAll(new RegExp(`name="${prefixe}(\\d+)"`, 'g'))].map((m) => m[1])).size;
}

// ---------------------------------------------------------------------------------------------
// 1. The pages: the sitemap, then results, filtered views and error pages.

async function pagesAVerifier() {
  const sitemap = await lire('/sitemap.xml');
  if (sitemap.statut !== 200) throw new Error(`/sitemap.xml : statut ${sitemap.statut}`);
  const duPlan = [...sitemap.texte.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const u = new URL(m[1].replaceAll('&amp;', '&'));
    if (u.origin !== new URL(base).origin) {
      echec('sitemap', u.href, 'adresse hors du site vérifié', `origine ${u.origin} au lieu de ${new URL(base).origin}`);
    }
    return u.pathname + u.search;
  });
  if (duPlan.length === 0) throw new Error('/sitemap.xml ne liste aucune page');
  const pages = new Map(duPlan.map((p) => [p, 200]));
  const quiz = await lire('/quiz');
  pages.set(`/quiz/resultat?r=${reponses(nombreDeQuestions(quiz.texte, 'q'))}`, 200);
  const metiers = duPlan.filter((p) => /^\/metiers\/[a-z0-9-]+$/.test(p)).sort();
  if (metiers.length > 0) {
    const q = `${metiers[0]}/quiz`;
    const formulaire = await lire(q);
    if (formulaire.statut === 200) {
      const a = reponses(nombreDeQuestions(formulaire.texte, 'a'));
      pages.set(`${q}/resultat?a=${a}&r=${reponses(nombreDeQuestions(formulaire.texte, 'q'))}`, 200);
    }
  }
  if (metiers.length >= 2) pages.set(`/comparer?m=${metiers.slice(0, 2).map((m) => m.split('/').pop()).join(',')}`, 200);
  pages.set('/metiers?q=e&niveau=master', 200);
  pages.set('/page-qui-n-existe-pas', 404);
  pages.set('/metiers?niveau=inconnu', 400);
  chiffres.sitemap = duPlan.length;
  chiffres.pages = pages.size;
  return pages;
}

async function telecharger(pages) {
  const html = new Map();
  for (const [chemin, attendu] of pages) {
    const r = await lire(chemin);
    if (r.statut !== attendu) echec('HTTP', chemin, `statut ${r.statut} au lieu de ${attendu}`);
    if (!r.type.startsWith('text/html')) echec('HTTP', chemin, `type ${r.type} au lieu de text/html`);
    html.set(chemin, r.texte);
  }
  return html;
}

// ---------------------------------------------------------------------------------------------
// 2. Nu HTML Checker on the HTML as served.

async function validerHtml(html) {
  const dossier = await mkdtemp(path.join(tmpdir(), 'vnu-'));
  try {
    const fichiers = new Map();
    let i = 0;
    for (const [chemin, texte] of html) {
      const f = path.join(dossier, `page${String(i++).padStart(4, '0')}.html`);
      await writeFile(f, texte);
      fichiers.set(pathToFileURL(f).href, chemin);
    }
    const sortie = await new Promise((resolve) => {
      execFile('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...[...fichiers.keys()].map((u) => fileURLToPath(u))],
        { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => resolve({ err, stdout, stderr }));
    });
    let messages;
    try {
      messages = JSON.parse(sortie.stderr || sortie.stdout || '{"messages":[]}').messages;
    } catch {
      throw new Error(`sortie illisible de vnu.jar : ${sortie.stderr.slice(0, 2000)}`);
    }
    let erreurs = 0;
    for (const m of messages) {
      if (m.type !== 'error' && m.subType !== 'fatal') continue;
      erreurs++;
      const chemin = fichiers.get(m.url) || fichiers.get(m.url?.replace('file:/', 'file:///')) || m.url;
      echec('Nu HTML Checker', chemin, m.message, `ligne ${m.lastLine}${m.extract ? ` : ${m.extract.trim().slice(0, 160)}` : ''}`);
    }
    if (sortie.err && erreurs === 0) {
      // vnu.jar exits non-zero only on errors: without any, Java itself failed.
      echec('Nu HTML Checker', '-', 'vnu.jar n\'a pas tourné', `${sortie.err.message} ${sortie.stderr.slice(0, 1000)}`);
    }
    chiffres.vnu = { pages: html.size, erreurs };
    console.log(`Nu HTML Checker : ${html.size} pages, ${erreurs} erreur(s).`);
  } finally {
    await rm(dossier, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. In Chromium: axe at two widths, links and anchors, horizontal scroll, console errors.

async function lancerNavigateur() {
  return chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
}

async function parcourir(navigateur, pages) {
  const liens = new Map(); // url without fragment -> first page that links to it
  const ancres = []; // { page, cible, id }
  const ids = new Map(); // path -> Set of ids
  let violations = 0;
  let noeuds = 0;
  const parLargeur = {};
  let debordements = 0;
  // Both widths at once: each tab has its own renderer process, so the two cores share the work.
  await Promise.all(Object.entries(LARGEURS).map(async ([largeur, options]) => {
    const contexte = await navigateur.newContext({ ...options, locale: 'fr-BE' });
    parLargeur[largeur] = 0;
    // One tab per width, reused from page to page: opening a tab costs as much as checking a page.
    const page = await contexte.newPage();
    let consoles = [];
    let courant = { chemin: '', attendu: 200 };
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // Chromium logs the expected status of an error page as a failed load of that page.
      if (courant.attendu !== 200 && m.location().url === base + courant.chemin) return;
      consoles.push(m.text());
    });
    page.on('pageerror', (e) => consoles.push(String(e)));
    for (const [chemin, attendu] of pages) {
      courant = { chemin, attendu };
      consoles = [];
      const reponse = await page.goto(base + chemin, { waitUntil: 'load' });
      if (reponse?.status() !== attendu) echec('navigateur', chemin, `statut ${reponse?.status()} au lieu de ${attendu}`);
      await page.evaluate(AXE);
      const resultat = await page.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
      for (const v of resultat.violations) {
        violations++;
        parLargeur[largeur]++;
        noeuds += v.nodes.length;
        const cibles = v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim().slice(0, 200)})` : ''}`);
        echec(`axe ${largeur}`, chemin, `${v.id} (${v.impact})`, `${v.help} ; ${v.nodes.length} élément(s) : ${cibles.join(' | ')}`);
      }
      if (largeur === 'telephone') {
        const d = await page.evaluate(() => {
          const doc = document.documentElement;
          const larges = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5)
            .slice(0, 5)
            .map((e) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}`);
          return { scroll: doc.scrollWidth, client: doc.clientWidth, larges };
        });
        if (d.scroll > d.client) {
          debordements++;
          echec('téléphone 360 px', chemin, 'défilement horizontal', `scrollWidth ${d.scroll} > clientWidth ${d.client} ; trop larges : ${d.larges.join(', ')}`);
        }
      } else {
        const trouve = await page.evaluate(() => ({
          refs: [
            ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.href),
            ...[...document.querySelectorAll('img[src], script[src]')].map((e) => e.src),
          ],
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          ancres: [...document.querySelectorAll('a[name]')].map((e) => e.name),
        }));
        ids.set(chemin, new Set([...trouve.ids, ...trouve.ancres]));
        for (const ref of trouve.refs) {
          const u = new URL(ref);
          if (u.origin !== new URL(base).origin) continue;
          const sans = u.pathname + u.search;
          if (u.hash.length > 1) ancres.push({ page: chemin, cible: sans, id: decodeURIComponent(u.hash.slice(1)) });
          // A link to an anchor of the page itself is checked as an anchor, not as an address.
          if (sans === chemin && u.hash.length > 1) continue;
          if (!liens.has(sans)) liens.set(sans, chemin);
        }
      }
      for (const c of consoles) echec(`console ${largeur}`, chemin, 'erreur dans la console', c.slice(0, 300));
    }
    await contexte.close();
  }));
  chiffres.axe = { pages: pages.size, largeurs: Object.keys(LARGEURS).length, violations, noeuds, parLargeur };
  chiffres.telephone = { pages: pages.size, debordements };
  console.log(`axe-core : ${pages.size} pages × ${Object.keys(LARGEURS).length} largeurs, ${violations} violation(s).`);
  console.log(`360 px : ${debordements} page(s) avec défilement horizontal sur ${pages.size}.`);
  return { liens, ancres, ids };
}

async function verifierLiens({ liens, ancres, ids }) {
  const urls = [...liens.keys()];
  let ok = 0;
  const file = [...urls];
  async function travailleur() {
    while (file.length > 0) {
      const u = file.shift();
      const r = await fetch(base + u, { redirect: 'manual' });
      await r.arrayBuffer();
      if (r.status === 200) ok++;
      else echec('liens', liens.get(u), `lien interne ${u} : statut ${r.status} au lieu de 200`);
    }
  }
  await Promise.all(Array.from({ length: 6 }, travailleur));
  let ancresOk = 0;
  let ancresNonVues = 0;
  for (const a of ancres) {
    const cibles = ids.get(a.cible);
    if (!cibles) ancresNonVues++;
    else if (cibles.has(a.id)) ancresOk++;
    else echec('liens', a.page, `ancre #${a.id} absente de ${a.cible}`);
  }
  chiffres.liens = { uniques: urls.length, ok, ancres: ancres.length, ancresOk, ancresNonVues };
  console.log(`Liens internes : ${ok}/${urls.length} adresses uniques en 200 ; ancres : ${ancresOk}/${ancres.length - ancresNonVues} trouvées (${ancresNonVues} vers des pages non parcourues).`);
}

// ---------------------------------------------------------------------------------------------
// 4. The orientation quiz with the keyboard alone, at phone width.

async function quizAuClavier(navigateur) {
  const contexte = await navigateur.newContext({ ...LARGEURS.telephone, locale: 'fr-BE' });
  const page = await contexte.newPage();
  await page.goto(base + '/quiz');
  const groupes = await page.evaluate(() => [...new Set([...document.querySelectorAll('form.quiz input[type=radio]')].map((e) => e.name))]);
  const voulues = reponses(groupes.length);
  let tabs = 0;
  let fleches = 0;
  let espaces = 0;
  let envoye = false;
  const focusInvisibles = new Set();
  for (let i = 0; i < 400 && !envoye; i++) {
    await page.keyboard.press('Tab');
    tabs++;
    const actif = await page.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      const cadre = e.closest('label') ? getComputedStyle(e.closest('label')) : null;
      const visible = (s) => s && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      return {
        balise: e.tagName.toLowerCase(),
        type: e.type || '',
        nom: e.name || '',
        texte: (e.textContent || '').trim().slice(0, 40),
        dansQuiz: !!e.closest('form.quiz'),
        focusVisible: visible(style) || visible(cadre) || style.boxShadow !== 'none',
      };
    });
    const nomActif = `${actif.balise}${actif.nom ? `[name=${actif.nom}]` : ''} « ${actif.texte} »`;
    if (actif.balise === 'body') break;
    if (!actif.focusVisible) focusInvisibles.add(nomActif);
    if (actif.type === 'radio') {
      const cible = voulues[groupes.indexOf(actif.nom)];
      await page.keyboard.press('Space');
      espaces++;
      for (let k = 0; k < 5; k++) {
        const coche = await page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.value, actif.nom);
        if (coche === cible) break;
        await page.keyboard.press('ArrowRight');
        fleches++;
      }
    } else if (actif.dansQuiz && actif.balise === 'button') {
      const manquants = await page.evaluate((noms) => noms.filter((n) => !document.querySelector(`input[name="${n}"]:checked`)), groupes);
      if (manquants.length > 0) echec('clavier', '/quiz', 'items sans réponse en arrivant au bouton', manquants.join(', '));
      await Promise.all([page.waitForURL(/\/quiz\/resultat/, { timeout: 15000 }), page.keyboard.press('Enter')]);
      envoye = true;
    }
  }
  for (const f of focusInvisibles) echec('clavier', '/quiz', 'focus invisible', f);
  const resultat = { items: groupes.length, tabs, fleches, espaces, envoye, classes: 0 };
  if (!envoye) {
    echec('clavier', '/quiz', 'bouton d\'envoi jamais atteint au clavier', `${tabs} appuis sur Tab`);
  } else {
    const u = new URL(page.url());
    if (u.searchParams.get('r') !== voulues) echec('clavier', u.pathname + u.search, 'réponses envoyées différentes des réponses données', `${u.searchParams.get('r')} au lieu de ${voulues}`);
    const classement = await page.evaluate(() => [...document.querySelectorAll('.bande .resultats > li .resultat-nom')].map((e) => e.textContent.trim()));
    resultat.classes = classement.length;
    resultat.premier = classement[0];
    if (classement.length === 0) echec('clavier', u.pathname + u.search, 'aucune liste classée de métiers sur la page de résultat');
    const d = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    if (d[0] > d[1]) echec('clavier', '/quiz/resultat', 'défilement horizontal à 360 px', `${d[0]} > ${d[1]}`);
  }
  const metier = await contexte.newPage();
  await metier.goto(base + '/metiers/architecte-cloud');
  const d = await metier.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  resultat.fiche = { scrollWidth: d[0], clientWidth: d[1] };
  if (d[0] > d[1]) echec('téléphone 360 px', '/metiers/architecte-cloud', 'défilement horizontal', `${d[0]} > ${d[1]}`);
  await contexte.close();
  chiffres.clavier = resultat;
  console.log(`Clavier : ${groupes.length} items, ${tabs} Tab, ${espaces} Espace, ${fleches} flèches, envoyé : ${envoye}, ${resultat.classes} métiers classés (premier : ${resultat.premier ?? '-'}).`);
}

// ---------------------------------------------------------------------------------------------
// 5. Lighthouse, mobile defaults, on four pages.

async function lighthouseSur(chemins) {
  await mkdir(RAPPORTS, { recursive: true });
  const profil = await mkdtemp(path.join(tmpdir(), 'lh-chrome-'));
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, userDataDir: profil, logLevel: 'silent' });
  const scores = {};
  // A run that Lighthouse itself could not record (runtimeError such as NO_NAVSTART: « Please run
  // Lighthouse again ») measured nothing: it is run again, twice at most, and fails the gate after that.
  const lancer = async (chemin, categories) => {
    for (let essai = 1; ; essai++) {
      const r = await lighthouse(base + chemin, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: categories });
      if (!r.lhr.runtimeError) return r;
      console.log(`Lighthouse ${chemin} : ${r.lhr.runtimeError.code}, passage ${essai} à refaire`);
      if (essai === 3) {
        echec('Lighthouse', chemin, r.lhr.runtimeError.code, r.lhr.runtimeError.message);
        return r;
      }
    }
  };
  try {
    for (const [nom, chemin] of Object.entries(chemins)) {
      // Accessibility, best practices and SEO do not vary from run to run; performance does (it times
      // the main thread of a shared machine), so it is the median of RUNS_PERFORMANCE runs, as
      // Lighthouse CI does.
      const premier = await lancer(chemin, Object.keys(CATEGORIES));
      const essais = [premier];
      for (let i = 1; i < RUNS_PERFORMANCE; i++) essais.push(await lancer(chemin, ['performance']));
      const perfs = essais.map((r) => r.lhr.categories.performance?.score ?? 0);
      const median = [...essais].sort((x, y) => (x.lhr.categories.performance?.score ?? 0) - (y.lhr.categories.performance?.score ?? 0))[Math.floor(essais.length / 2)];
      await writeFile(path.join(RAPPORTS, `lighthouse-${nom}.html`), premier.report);
      await writeFile(path.join(RAPPORTS, `lighthouse-${nom}-performance-mediane.html`), median.report);
      scores[nom] = { chemin, scores: {}, performances: perfs };
      for (const [cle, libelle] of Object.entries(CATEGORIES)) {
        const lhr = cle === 'performance' ? median.lhr : premier.lhr;
        const categorie = lhr.categories[cle];
        const score = categorie?.score ?? 0;
        scores[nom].scores[cle] = score;
        if (score < SEUIL_LIGHTHOUSE) {
          const fautifs = (categorie?.auditRefs ?? [])
            .filter((a) => a.weight > 0 && lhr.audits[a.id].score !== null && lhr.audits[a.id].score < 1)
            .map((a) => {
              const audit = lhr.audits[a.id];
              const precision = audit.explanation || audit.displayValue;
              return `${a.id} (${audit.score}${precision ? `, ${precision}` : ''})`;
            });
          echec('Lighthouse', chemin, `${libelle} ${score} < ${SEUIL_LIGHTHOUSE}${cle === 'performance' ? ` (médiane de ${perfs.join(', ')})` : ''}`, fautifs.join(', '));
        }
      }
      const ligne = Object.keys(CATEGORIES).map((c) => `${c} ${scores[nom].scores[c]}`).join(', ');
      console.log(`Lighthouse ${chemin} : ${ligne} (performance des ${perfs.length} passages : ${perfs.join(', ')})`);
    }
  } finally {
    await chrome.kill();
    await rm(profil, { recursive: true, force: true });
  }
  chiffres.lighthouse = scores;
}

// ---------------------------------------------------------------------------------------------
// 6. The results section of web-tests/README.md.

function pourcent(s) {
  return s === undefined ? '–' : String(Math.round(s * 100));
}

function resume() {
  const c = chiffres;
  const version = (p) => {
    try {
      return require(`${p}/package.json`).version;
    } catch {
      return '?';
    }
  };
  const l = [];
  l.push(`Passage du ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC, ${Math.round(c.total)} s en tout `
    + `(Chromium ${c.chromium ?? '?'}, Lighthouse ${version('lighthouse')}, axe-core ${version('axe-core')}, `
    + `vnu-jar ${version('vnu-jar')}, playwright-core ${version('playwright-core')}). `
    + `Verdict : **${echecs.length === 0 ? 'tout passe' : `${echecs.length} manquement(s)`}**.`);
  l.push('');
  if (c.lighthouse) {
    l.push('Lighthouse (mobile, réglages par défaut), scores sur 100, seuil 95 :');
    l.push('');
    l.push(`| page | ${Object.values(CATEGORIES).join(' | ')} |`);
    l.push(`|---|${Object.keys(CATEGORIES).map(() => '---:').join('|')}|`);
    for (const { chemin, scores } of Object.values(c.lighthouse)) {
      const affiche = chemin.length > 40 ? `${chemin.slice(0, 37)}…` : chemin;
      l.push(`| \`${affiche}\` | ${Object.keys(CATEGORIES).map((k) => pourcent(scores[k])).join(' | ')} |`);
    }
    l.push('');
  }
  l.push(`- pages vérifiées : ${c.pages ?? '–'} (${c.sitemap ?? '–'} du plan du site, plus deux résultats de quiz, une comparaison, une liste filtrée, la 404 et la 400) ;`);
  if (c.vnu) l.push(`- Nu HTML Checker : ${c.vnu.erreurs} erreur sur ${c.vnu.pages} pages ;`);
  if (c.axe) l.push(`- axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) : ${c.axe.violations} violation (${c.axe.noeuds} élément) sur ${c.axe.pages} pages à ${c.axe.largeurs} largeurs (1280 px et 360 px) ;`);
  if (c.liens) l.push(`- liens et ressources internes : ${c.liens.ok} adresses uniques sur ${c.liens.uniques} répondent 200 ; ancres : ${c.liens.ancresOk} trouvées sur ${c.liens.ancres - c.liens.ancresNonVues} vérifiables ;`);
  if (c.telephone) l.push(`- 360 px : ${c.telephone.debordements} page sur ${c.telephone.pages} défile horizontalement ; fiche \`/metiers/architecte-cloud\` : scrollWidth ${c.clavier?.fiche?.scrollWidth ?? '–'} ≤ clientWidth ${c.clavier?.fiche?.clientWidth ?? '–'} ;`);
  if (c.clavier) l.push(`- clavier seul : ${c.clavier.items} items du quiz remplis avec ${c.clavier.tabs} Tab, ${c.clavier.espaces} Espace et ${c.clavier.fleches} flèches, Entrée sur le bouton → résultat avec ${c.clavier.classes} métiers classés (premier : ${c.clavier.premier ?? '–'}) ;`);
  const durees = Object.entries(c.durees).map(([k, v]) => `${k} ${Math.round(v)} s`).join(', ');
  l.push(`- durées : ${durees}.`);
  if (echecs.length > 0) {
    l.push('');
    l.push('Manquements :');
    l.push('');
    for (const e of echecs.slice(0, 50)) l.push(`- [${e.porte}] \`${e.page}\` : ${e.regle}${e.detail ? ` — ${e.detail.slice(0, 200).replaceAll('|', '\\|')}` : ''}`);
  }
  return l;
}

async function ecrireReadme(l) {
  const debutMarque = '<!-- resultats:debut -->';
  const finMarque = '<!-- resultats:fin -->';
  let texte = await readFile(README, 'utf8');
  const i = texte.indexOf(debutMarque);
  const j = texte.indexOf(finMarque);
  const section = `${debutMarque}\n${l.join('\n')}\n${finMarque}`;
  texte = i >= 0 && j > i ? texte.slice(0, i) + section + texte.slice(j + finMarque.length) : `${texte.trimEnd()}\n\n## Résultats du dernier passage\n\n${section}\n`;
  await writeFile(README, texte);
}

// ---------------------------------------------------------------------------------------------

const pages = await etape('pages', pagesAVerifier);
if (pages) {
  console.log(`${pages.size} pages : ${chiffres.sitemap} du plan du site et ${pages.size - chiffres.sitemap} en plus.`);
  const html = await etape('HTTP', () => telecharger(pages));
  if (html && porte('html')) await etape('Nu HTML Checker', () => validerHtml(html));
  if (porte('axe') || porte('liens') || porte('clavier')) {
    const navigateur = await lancerNavigateur();
    chiffres.chromium = navigateur.version();
    try {
      if (porte('axe') || porte('liens')) {
        const trouve = await etape('axe-core et 360 px', () => parcourir(navigateur, pages));
        if (trouve) await etape('liens', () => verifierLiens(trouve));
      }
      if (porte('clavier')) await etape('clavier', () => quizAuClavier(navigateur));
    } finally {
      await navigateur.close();
    }
  }
  if (avecLighthouse) {
    const resultatQuiz = [...pages.keys()].find((p) => p.startsWith('/quiz/resultat?'));
    await etape('Lighthouse', () => lighthouseSur({ accueil: '/', metier: '/metiers/architecte-cloud', quiz: '/quiz', 'resultat-quiz': resultatQuiz }));
  }
}
chiffres.total = (Date.now() - debut) / 1000;
const lignes = resume();
console.log(`\n--- chiffres du passage ---\n${lignes.join('\n')}`);
if (avecReadme) await etape('README', () => ecrireReadme(lignes));

const PORTES = [
  ['HTTP', /^(HTTP|sitemap|pages|navigateur)/, true],
  ['Nu HTML Checker', /^Nu HTML/, porte('html')],
  ['axe-core', /^(axe|console)/, porte('axe') || porte('liens')],
  ['liens', /^liens/, porte('axe') || porte('liens')],
  ['360 px', /^téléphone/, porte('axe') || porte('liens') || porte('clavier')],
  ['clavier', /^clavier/, porte('clavier')],
  ['Lighthouse', /^Lighthouse/, avecLighthouse],
];
const lancees = PORTES.filter(([, , lancee]) => lancee);
const ratees = lancees.filter(([, motif]) => echecs.some((e) => motif.test(e.porte)));
const autres = echecs.filter((e) => !PORTES.some(([, motif]) => motif.test(e.porte))).length;
console.log(`\n=== ${echecs.length === 0 ? 'Toutes les portes passent' : `${echecs.length} manquement(s)`} en ${Math.round(chiffres.total)} s ===`);
console.log(`${lancees.map(([nom]) => `${nom} ${ratees.some(([n]) => n === nom) ? 'ÉCHEC' : 'ok'}`).join(' · ')}`);
for (const e of echecs) console.log(`- [${e.porte}] ${e.page} : ${e.regle}${e.detail ? ` — ${e.detail.slice(0, 400)}` : ''}`);
console.log(`portes: ${lancees.length - ratees.length} passed, ${ratees.length + (autres > 0 ? 1 : 0)} failed`);
process.exit(echecs.length > 0 ? 1 : 0);
