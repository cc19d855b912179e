import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deriveManifest, FIREFOX_HIGHLIGHT_CSS, GECKO_ID, type RootManifest } from '../../scripts/manifest';

const root = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as RootManifest;

describe('deriveManifest', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const chrome = deriveManifest(root, 'chrome', '1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(chrome.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts, an id, ESR 140 and no data collection', () => {
    const firefox = deriveManifest(root, 'firefox', '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('keeps the content script in every frame, at document_idle, on http and https only', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const [script] = deriveManifest(root, browser, '1.0.0').content_scripts as Record<string, unknown>[];
      expect(script).toMatchObject({ matches: ['http://*/*', 'https://*/*'], all_frames: true, match_about_blank: true, run_at: 'document_idle' });
    }
  });

  it('has Firefox inject the highlight styles (it removes them when the extension goes away), Chromium none', () => {
    const [firefox] = deriveManifest(root, 'firefox', '1.0.0').content_scripts as Record<string, unknown>[];
    const [chrome] = deriveManifest(root, 'chrome', '1.0.0').content_scripts as Record<string, unknown>[];
    expect(firefox!.css).toEqual([FIREFOX_HIGHLIGHT_CSS]);
    expect(chrome).not.toHaveProperty('css');
  });

  it('gives Chrome the page panel as its side panel, with the sidePanel permission, and no Firefox sidebar', () => {
    const chrome = deriveManifest(root, 'chrome', '1.0.0');
    expect(chrome.side_panel).toEqual({ default_path: 'panel/index.html' });
    expect(chrome.permissions).toEqual(['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'sidePanel']);
    expect(chrome).not.toHaveProperty('sidebar_action');
  });

  it('gives Firefox the same page as a sidebar that does not open at install, without Chrome’s key or permission', () => {
    const firefox = deriveManifest(root, 'firefox', '1.0.0');
    expect(firefox.sidebar_action).toEqual({
      default_panel: 'panel/index.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
      open_at_install: false,
    });
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.permissions).toEqual(['storage', 'unlimitedStorage', 'contextMenus', 'scripting']);
  });

  it('opens the panel from a keyboard command in both browsers', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const commands = deriveManifest(root, browser, '1.0.0').commands as Record<string, { suggested_key: { default: string } }>;
      expect(commands['open-panel']?.suggested_key.default).toBe('Alt+Shift+L');
    }
  });

  it('asks for no permission beyond storage, unlimited room for the reader’s evidence, its context menu item, injecting the main content script and the side panel', () => {
    expect(root.permissions).toEqual(['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'sidePanel']);
    expect(root).not.toHaveProperty('host_permissions');
    expect(root).not.toHaveProperty('optional_permissions');
  });

  it('gives Chrome host permissions for exactly the hosts the content script runs on (injecting needs them), Firefox none (its content scripts’ matches are its host permissions)', () => {
    const chrome = deriveManifest(root, 'chrome', '1.0.0');
    const [script] = chrome.content_scripts as { matches: string[] }[];
    expect(chrome.host_permissions).toEqual(script!.matches);
    expect(deriveManifest(root, 'firefox', '1.0.0')).not.toHaveProperty('host_permissions');
  });
});
