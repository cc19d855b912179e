import { describe, expect, it } from 'vitest';
import { extractArticle, storedTextOf, storedTextOfPlain } from '../../../src/pages/extract-article';

const paragraph = (words: string) => `<p>${words} ${'The council heard from residents, nurses and police officers over three long evenings. '.repeat(3)}</p>`;

const PAGE = `<!doctype html><html><head><title>Harbour Street site approved</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-03-14T09:00:00Z">
<script>window.stolen = true</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour Street site approved</h1>
${paragraph("The   city's health board\n confirmed the site.")}
<p>“We lost forty-one people,” said Dr Patel.<br>She added more.</p>
${paragraph('The Harbour Gazette asked the police for comment.')}
${paragraph('Residents will meet again next month.')}
<img src="https://tracker.example/pixel.gif" onerror="window.stolen = true"></article>
<footer>Cookie settings</footer></body></html>`;

describe('adding a page as an article', () => {
  it('keeps the article’s text only, paragraphs separated by a blank line and whitespace runs collapsed', () => {
    const article = extractArticle(PAGE, 'https://news.example/harbour')!;
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The city's health board confirmed the site\. The council heard/);
    expect(paragraphs).toContain('“We lost forty-one people,” said Dr Patel.');
    expect(paragraphs).toContain('She added more.');
    expect(article.text).not.toMatch(/Home|Cookie settings|stolen/);
    expect(article.text).not.toMatch(/[ \t]{2,}|\n{3,}/);
    expect((globalThis as { stolen?: boolean }).stolen).toBeUndefined();
  });

  it('takes title, site name, date and address only as the page states them, and leaves the rest unknown', () => {
    expect(extractArticle(PAGE, 'https://news.example/harbour')).toMatchObject({
      title: 'Harbour Street site approved',
      siteName: 'Harbour Gazette',
      date: '2026-03-14T09:00:00Z',
      url: 'https://news.example/harbour',
    });
    const bare = PAGE.replace(/<meta[^>]*>/g, '');
    expect(extractArticle(bare, 'https://news.example/harbour')).toMatchObject({ siteName: null, date: null });
  });

  it('applies the same rule to pasted text', () => {
    expect(storedTextOfPlain('  First   line\r\ncontinues.\r\n\r\n\r\n\tSecond paragraph.  \n \n')).toBe('First line continues.\n\nSecond paragraph.');
  });

  it('finds no article in a page without one', () => {
    expect(extractArticle('<html><body></body></html>', 'https://news.example/')).toBeNull();
  });

  it('reads blocks and line breaks as paragraph ends', () => {
    const doc = new DOMParser().parseFromString('<div>One <b>bold</b>\n word<ul><li>Two</li><li>Three</li></ul>Four<br>Five</div>', 'text/html');
    expect(storedTextOf(doc.body)).toBe('One bold word\n\nTwo\n\nThree\n\nFour\n\nFive');
  });
});
