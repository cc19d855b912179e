import { t } from '../platform/i18n';
import type { Shortcut } from '../platform/browser';

export interface ShortcutListProps {
  /** The commands with the keys the user has given them. */
  shortcuts: readonly Shortcut[];
  /** Extra class for the list. */
  class?: string;
}

/** The extension's keyboard commands and their current keys. */
export function ShortcutList({ shortcuts, class: className }: ShortcutListProps) {
  return (
    <dl class={className}>
      {shortcuts.map((s) => (
        <div key={s.name}>
          <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('popupNoShortcut')}</dt>
          <dd>{s.description}</dd>
        </div>
      ))}
    </dl>
  );
}
