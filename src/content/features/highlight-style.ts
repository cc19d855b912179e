/**
 * Paints mentions in the reader's chosen style: registers the `claimlens-mention` highlight
 * a second time under `claimlens-style-<style>` (the only names the stylesheet paints), and
 * moves that alias when the setting changes. The page's DOM is never touched.
 */
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../platform/settings-schema';
import type { Feature } from '../feature';
import { HighlightGuard } from '../highlight-guard';

export const MENTION_HIGHLIGHT = 'claimlens-mention';
const styleHighlight = (style: HighlightStyle): string => `claimlens-style-${style}`;

function paintStyle(style: HighlightStyle): void {
  const mentions = CSS.highlights.get(MENTION_HIGHLIGHT);
  for (const other of HIGHLIGHT_STYLES) if (other !== style) CSS.highlights.delete(styleHighlight(other));
  // Registering a highlight costs the browser a pass over all its ranges: only when it changed.
  if (!mentions) CSS.highlights.delete(styleHighlight(style));
  else if (CSS.highlights.get(styleHighlight(style)) !== mentions) CSS.highlights.set(styleHighlight(style), mentions);
}

export const highlightStyle: Feature = {
  name: 'highlight-style',
  init(context, signal) {
    const repaint = (): void => paintStyle(context.settings().highlightStyle);
    // The page may clear CSS.highlights: once the annotator has put the mentions back, so is the style.
    const guard = new HighlightGuard(() => {
      if (CSS.highlights.get(styleHighlight(context.settings().highlightStyle)) !== CSS.highlights.get(MENTION_HIGHLIGHT)) repaint();
    }, signal);
    context.mentions.subscribe((mentions) => {
      repaint();
      guard.watch(mentions.length > 0);
    }, signal);
    context.onSettingsChange((settings, previous) => {
      if (settings.highlightStyle !== previous.highlightStyle) repaint();
    }, signal);
    repaint();
    guard.watch(context.mentions.mentions.length > 0);
    signal.addEventListener('abort', () => {
      for (const style of HIGHLIGHT_STYLES) CSS.highlights.delete(styleHighlight(style));
    }, { once: true });
  },
};
