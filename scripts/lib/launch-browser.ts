/**
 * Launches Debian's Chromium or Firefox ESR with the built extension installed, through
 * puppeteer-core (no browser download). Shared by `npm start`, the e2e tests and the bench.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { TargetType, type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../manifest';

export type BrowserKind = 'chromium' | 'firefox';

/** Fixed so extension pages have a known address in Firefox (moz-extension://<uuid>/). */
export const FIREFOX_EXTENSION_UUID = '0c1a1e45-c1a1-4e45-9c1a-1e45c1a1e45c';

const EXECUTABLES: Record<BrowserKind, { env: string; path: string; install: string }> = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', install: 'apt-get install -y chromium' },
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', install: 'apt-get install -y firefox-esr' },
};

/** The browser's executable, or an error that says how to install it. */
export function browserExecutable(kind: BrowserKind): string {
  const { env, path, install } = EXECUTABLES[kind];
  const chosen = process.env[env] ?? path;
  if (!existsSync(chosen)) {
    throw new Error(`${kind} not found at ${chosen}. Install it with \`${install}\` (as root, after apt-get update), or set ${env} to its path.`);
  }
  return chosen;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** Opens an extension page (e.g. `popup/index.html`) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Loads the extension again from its folder (after a rebuild). */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked build, e.g. dist/chrome. */
  extensionDir: string;
  headless?: boolean;
  /** Extra browser arguments. */
  args?: string[];
  /** Report `prefers-color-scheme: dark` to pages, as a browser in a dark desktop does. */
  dark?: boolean;
  /** Send every request, loopback included, through an HTTP proxy on 127.0.0.1 at this port. */
  proxyPort?: number;
  /** Extra Firefox preferences (Chromium takes `args`). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

// Without these Chromium keeps trying to reach Google's services on a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir);
  const browser = await puppeteer.launch({
    executablePath: browserExecutable('chromium'),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [extensionDir],
    defaultViewport: options.headless === false ? null : { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      ...(options.dark ? ['--force-dark-mode'] : []),
      // `<-loopback>` removes the implicit bypass, so even 127.0.0.1 goes through the proxy.
      ...(options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>'] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = await browser.waitForTarget((target) => target.type() === TargetType.SERVICE_WORKER && target.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    kind: 'chromium',
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    async reloadExtension() {
      const target = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(extensionOrigin));
      const sw = await target.worker();
      // chrome.runtime.reload() ends the worker before it can answer, so the call never resolves.
      void sw?.evaluate('chrome.runtime.reload()').catch(() => undefined);
      await new Promise((done) => setTimeout(done, 500));
      await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(extensionOrigin));
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: options.headless ?? true,
    defaultViewport: options.headless === false ? null : { width: 1280, height: 900 },
    userDataDir: profile,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access', ...(options.args ?? [])],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // The demo and test pages are plain http on 127.0.0.1.
      'dom.security.https_only_mode': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // 0 dark, 1 light, 2 follow the system.
      ...(options.dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      ...(options.proxyPort
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': options.proxyPort,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': options.proxyPort,
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
          }
        : {}),
      ...options.firefoxPrefs,
    },
  });
  const extensionId = await browser.installExtension(resolve(options.extensionDir));
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    kind: 'firefox',
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path}`;
      // WebDriver BiDi does not report load events for moz-extension:// documents, so the
      // navigation is started and its document polled instead of awaiting goto().
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const loaded = await page.evaluate((expected: string) => location.href === expected && document.readyState === 'complete', url).catch(() => false); // the old document may vanish mid-call
        if (loaded) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async reloadExtension() {
      await browser.uninstallExtension(extensionId);
      await browser.installExtension(resolve(options.extensionDir));
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function launchWithExtension(kind: BrowserKind, options: LaunchOptions): Promise<ExtensionBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
