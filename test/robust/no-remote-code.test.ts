/**
 * The extension runs no remote code and sends nothing away: its CSP allows only its own scripts,
 * and no source in core/ or extension/ opens a connection of its own — the one fetch reads the PDF
 * the user has open in a tab, from that tab's own address, and sends no document anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config.ts';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') || e.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(e.name) ? [path] : [];
  });
}

function expectLocalOnly(csp: string): void {
  const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
  expect(scriptSrc.length).toBeGreaterThan(0);
  expect(scriptSrc.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'")).toBe(true);
  expect(csp).not.toMatch(/unsafe-eval'|unsafe-inline|https?:|\*/);
}

describe('the extension runs only its own code', () => {
  it('the configured manifest’s CSP allows no remote script and no eval', () => {
    const manifest = (
      config as { manifest: (env: object) => { content_security_policy: { extension_pages: string } } }
    ).manifest;
    for (const browser of ['chrome', 'firefox'])
      expectLocalOnly(manifest({ browser, mode: 'production' }).content_security_policy.extension_pages);
  });

  const built = ['chrome-mv3', 'firefox-mv3']
    .map((b) => join(root, '.output', b, 'manifest.json'))
    .filter((p) => existsSync(p));
  it.skipIf(built.length === 0)('the built manifests say the same', () => {
    for (const path of built) {
      const m = JSON.parse(readFileSync(path, 'utf8'));
      expectLocalOnly(m.content_security_policy.extension_pages);
    }
  });
});

describe('no source opens a connection to send anything', () => {
  const files = [...sources(join(root, 'core')), ...sources(join(root, 'extension'))];
  const NETWORK =
    /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\s*\(|\bimport\s*\(\s*['"`]https?:/g;
  // The only one: the PDF in the user's tab, read from that tab's own URL (extension/lib/tabs.ts).
  const ALLOWED = [{ file: 'extension/lib/tabs.ts', line: "fetch(url, { credentials: 'include' })" }];

  it('scans a real set of files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds no fetch, XHR, WebSocket, beacon or remote import but the allowed one', () => {
    const found: string[] = [];
    for (const path of files) {
      const file = relative(root, path);
      const lines = readFileSync(path, 'utf8').split('\n');
      for (const line of lines) {
        if (!line.match(NETWORK)) continue;
        if (ALLOWED.some((a) => a.file === file && line.includes(a.line))) continue;
        found.push(`${file}: ${line.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names no remote address to send to', () => {
    const found = files.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/['"`](?:https?:|wss?:)\/\/[^'"`\s]*/g)]
        .map((m) => m[0])
        // An XML namespace is a name, not an address anything is sent to.
        .filter((url) => !/^.https?:\/\/(www\.w3\.org|schemas\.openxmlformats\.org|example\.org)/.test(url))
        .map((url) => `${relative(root, path)}: ${url}`),
    );
    expect(found).toEqual([]);
  });
});
