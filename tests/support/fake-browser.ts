/**
 * A small in-memory WebExtension API for unit tests: storage areas with change events,
 * i18n from the real English messages, and no-op action/runtime calls. Installed as
 * `globalThis.browser` before any test module loads, so `src/platform` works unchanged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach } from 'vitest';

type Messages = Record<string, { message: string }>;
const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/_locales/en/messages.json'), 'utf8')) as Messages;

type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
const changeListeners = new Set<ChangeListener>();

function storageArea(name: string) {
  let data: Record<string, unknown> = {};
  const notify = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void => {
    if (Object.keys(changes).length) for (const listener of changeListeners) listener(changes, name);
  };
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    reset() {
      data = {};
    },
    async get(keys?: string | string[] | null) {
      if (keys === null || keys === undefined) return clone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return clone(Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]])));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: clone(value) };
        data[key] = clone(value);
      }
      notify(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (key in data) changes[key] = { oldValue: data[key] };
        delete data[key];
      }
      notify(changes);
    },
    async clear() {
      const changes = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { oldValue: v }]));
      data = {};
      notify(changes);
    },
  };
}

const sync = storageArea('sync');
const session = storageArea('session');

export const fakeBrowser = {
  runtime: {
    id: 'claimlens-unit-tests',
    getURL: (path: string) => `chrome-extension://claimlens-unit-tests/${path.replace(/^\//, '')}`,
    sendMessage: async () => undefined,
    onMessage: { addListener() {}, removeListener() {} },
    openOptionsPage: async () => undefined,
  },
  i18n: {
    getUILanguage: () => 'en',
    getMessage(key: string, substitutions?: string | string[]) {
      const entry = messages[key];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
  },
  storage: {
    sync,
    session,
    onChanged: {
      addListener: (listener: ChangeListener) => changeListeners.add(listener),
      removeListener: (listener: ChangeListener) => changeListeners.delete(listener),
    },
  },
  action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  tabs: { query: async () => [], create: async () => ({}), sendMessage: async () => undefined },
  commands: { getAll: async () => [] },
};

Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser, __BROWSER__: 'chrome', __VERSION__: '0.0.0-test' });

beforeEach(() => {
  sync.reset();
  session.reset();
});
