// Debian's Chromium, driven by playwright-core: never a downloaded browser.
import { chromium, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.RAMME_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Headless, with a fresh temporary profile (Playwright makes one per launch). */
export const LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  timeout: 120_000,
};

export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}
