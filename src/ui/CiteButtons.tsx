/**
 * "Copy as: plain text · Markdown · CSL-JSON" for one item, with a status line a screen reader
 * hears. A class component: the card (in the content script) carries Preact's core only.
 */
import { Component } from 'preact';
import { t } from '../platform/i18n';
import { CITATION_FORMATS, citation, copyText, type CitableItem, type CitationFormat } from './citation';

export interface CiteButtonsProps {
  /** The item to cite. */
  item: CitableItem;
  /** The extension's sources page, which the citation links to. */
  sourcesPageUrl: string;
}

const LABEL: Readonly<Record<CitationFormat, string>> = { text: 'citeAsText', markdown: 'citeAsMarkdown', 'csl-json': 'citeAsCsl' };

export class CiteButtons extends Component<CiteButtonsProps, { status: string }> {
  override state = { status: '' };

  override render({ item, sourcesPageUrl }: CiteButtonsProps, { status }: { status: string }) {
    const copy = async (format: CitationFormat): Promise<void> => {
      const done = await copyText(citation(format, item, sourcesPageUrl));
      this.setState({ status: done ? t('citeCopied', t(LABEL[format])) : t('citeFailed') });
    };
    return (
      <div class="cite" role="group" aria-label={t('citeGroup')}>
        <span class="cite-label" aria-hidden="true">
          {t('citeCopyAs')}
        </span>
        {CITATION_FORMATS.map((format) => (
          <button key={format} type="button" class="cite-button" data-format={format} onClick={() => void copy(format)}>
            {t(LABEL[format])}
          </button>
        ))}
        <span class="cite-status" role="status">
          {status}
        </span>
      </div>
    );
  }
}
