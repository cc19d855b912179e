/**
 * The card's content inside the panel: the same card the page shows (a mention's, a claim's or a stakeholder's), in an open shadow
 * root of its own with the card's own stylesheet, so the card's styles and the panel's cannot
 * meet. Focus moves into it when it shows, so a screen reader reads it where the reader is.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PageCardModel } from '../ui/card/card-model';
import { PageCard } from '../ui/card/PageCard';
import cardCss from '../ui/card/card.css?inline';

/** The card stands in the panel's flow, as wide as the panel, as tall as its content. */
const IN_PANEL = '.card { width: 100%; max-height: none !important; box-shadow: none; animation: none; }';

export interface PanelCardProps {
  /** What to show. */
  model: PageCardModel;
  /** The reader closed the card. */
  onClose: () => void;
  /** Opens the sources page at an item, or at its top without one. */
  onOpenSource: (itemId?: string) => void;
  /** Turns Claimlens off for the page's site. */
  onDisableSite: () => void;
}

export function PanelCard({ model, onClose, onOpenSource, onDisableSite }: PanelCardProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (root.adoptedStyleSheets.length === 0) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${cardCss}\n${IN_PANEL}`);
      root.adoptedStyleSheets = [sheet];
    }
    render(<PageCard model={model} maxHeight={innerHeight} onClose={onClose} onOpenSource={onOpenSource} onDisableSite={onDisableSite} />, root);
  }, [model, onClose, onOpenSource, onDisableSite]);

  // A new card takes focus; the same card redrawn (a callback changed) does not.
  useEffect(() => {
    host.current?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }, [model]);

  // Escape closes it, as it closes the card on the page.
  useEffect(() => {
    const element = host.current;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    element?.addEventListener('keydown', onKey);
    return () => element?.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => {
    const element = host.current;
    return () => {
      if (element?.shadowRoot) render(null, element.shadowRoot);
    };
  }, []);

  return <div ref={host} class="panel-card" />;
}
