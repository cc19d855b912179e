/**
 * The demo page `npm start` opens: the seed article laid out as a news page, plus a few
 * labelled examples of other names for the topic so every part of Claimlens shows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SEED = resolve(import.meta.dirname, '../../seeds/000_a82303e51bffeff7.txt');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const EXAMPLES = [
  'In Frankfurt, Drogenkonsumräume have operated since the 1990s.',
  'Paris opened a salle de consommation à moindre risque near the Gare du Nord.',
  'New York City runs two overdose prevention centers.',
  'Vancouver’s Insite was North America’s first supervised injection site.',
];

export function demoPageHtml(): string {
  const paragraphs = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [lede, ...body] = paragraphs;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claimlens demo — seed article</title>
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; font: 19px/1.6 Georgia, "Times New Roman", serif; background: Canvas; color: CanvasText; }
  header.site { border-bottom: 3px solid currentColor; padding: 12px 24px; font: 700 22px/1 system-ui, sans-serif; letter-spacing: .02em; }
  article, aside { max-width: 680px; margin: 32px auto; padding: 0 24px; }
  .lede { font-size: 22px; }
  .note { font: 14px/1.5 system-ui, sans-serif; opacity: .75; }
  aside { border-top: 1px solid; padding-top: 16px; }
</style>
</head>
<body>
<header class="site">Demo news page</header>
<article>
  <p class="note">The article below is the seed Claimlens builds its quotes from (seeds/000_a82303e51bffeff7.txt), shown verbatim. Hover a highlighted phrase, or press Alt+Shift+. to step through them.</p>
  <p class="lede">${escapeHtml(lede ?? '')}</p>
${body.map((p) => `  <p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside>
  <h2>Other names Claimlens recognises</h2>
${EXAMPLES.map((p) => `  <p>${escapeHtml(p)}</p>`).join('\n')}
</aside>
</body>
</html>
`;
}
