/** The popup's props for a test: a page on news.example with nothing reported, every handler doing nothing, and what the test gives. */
import type { PopupProps } from '../../../src/popup/Popup';
import { DEFAULT_SETTINGS } from '../../../src/platform/settings-schema';

export const popupProps = (given: Partial<PopupProps>): PopupProps => ({
  tab: null,
  runningOn: 'news.example',
  settings: DEFAULT_SETTINGS,
  shortcuts: [],
  onReveal: () => undefined,
  onSiteEnabled: () => undefined,
  onPaused: () => undefined,
  onOpen: () => undefined,
  onOpenPanel: () => undefined,
  onAddArticle: () => undefined,
  ...given,
});
