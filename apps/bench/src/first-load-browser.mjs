/* global document */
// One page load in Chromium over an emulated 4G link, counted through the DevTools protocol:
// bytes received (headers and bodies as they crossed the wire, compressed or not), requests,
// what came from the browser's cache, and when the awaited element was usable.
import { chromium } from 'playwright-core';

/**
 * Lighthouse's mobile profile (the "slow 4G" it throttles to): 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up. The DevTools protocol takes bytes per second.
 */
export const FOUR_G = {
  offline: false,
  latency: Number(process.env.FIRST_LOAD_LATENCY_MS ?? '150'),
  downloadThroughput: (Number(process.env.FIRST_LOAD_DOWN_KBPS ?? '1600') * 1000) / 8,
  uploadThroughput: (Number(process.env.FIRST_LOAD_UP_KBPS ?? '750') * 1000) / 8,
  connectionType: 'cellular4g',
};

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized context: coaches open the panel on their phones. */
export function newPhoneContext(browser) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
}

/** A page whose network is throttled to `network` and whose responses are tallied. */
export async function throttledPage(context, network = FOUR_G) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  const responses = new Map();
  const tally = { bytes: 0, requests: 0, fromCache: 0, scriptBytes: 0, encodings: new Set() };
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    responses.set(requestId, {
      type,
      cached: response.fromDiskCache || response.fromPrefetchCache || response.status === 304,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'],
    });
  });
  const servedFromCache = new Set();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => servedFromCache.add(requestId));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    tally.requests += 1;
    tally.bytes += encodedDataLength;
    if (response?.cached || servedFromCache.has(requestId)) tally.fromCache += 1;
    if (response?.type === 'Script' && !response.cached && !servedFromCache.has(requestId)) {
      tally.scriptBytes += encodedDataLength;
      tally.encodings.add(response.encoding ?? 'identity');
    }
  });
  /** What was received since the last call. */
  const take = () => {
    const taken = { ...tally, encodings: [...tally.encodings].join(', ') };
    Object.assign(tally, { bytes: 0, requests: 0, fromCache: 0, scriptBytes: 0 });
    tally.encodings.clear();
    return taken;
  };
  return { page, take };
}

/**
 * The moment (ms after navigation start, in the page's clock) the login form can be used:
 * its e-mail field and an enabled submit button are on the page.
 */
export async function loginFormUsableAt(page) {
  const handle = await page.waitForFunction(
    () => {
      const email = document.querySelector('input[autocomplete="username"]');
      const submit = document.querySelector('button[type="submit"]');
      return email && submit && !submit.disabled ? performance.now() : null;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return handle.jsonValue();
}

/**
 * Signs in and returns the ms from the click until the heading `heading` is shown; returns
 * once the network is quiet, so the page's later requests (its lists) are counted too.
 */
export async function signInUntil(page, { email, password, heading }) {
  await page.fill('input[autocomplete="username"]', email);
  await page.fill('input[autocomplete="current-password"]', password);
  const clicked = await page.evaluate(() => performance.now());
  await page.click('button[type="submit"]');
  const handle = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('h1')].some((h) => h.textContent?.includes(text))
        ? performance.now()
        : null,
    heading,
    { polling: 'raf', timeout: 120_000 },
  );
  const shown = (await handle.jsonValue()) - clicked;
  await page.waitForLoadState('networkidle');
  return shown;
}
