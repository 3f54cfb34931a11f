/**
 * Bytes of a text file to a string: a byte-order mark decides; otherwise UTF-16 without a mark
 * is recognised by its zero bytes, valid UTF-8 is UTF-8, and anything else is read as
 * Windows-1252, which is what older Swedish Windows programs save (so åäö survive).
 * Returns undefined when the bytes are not text at all.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding = bomEncoding(bytes) ?? utf16WithoutBom(bytes);
  let text: string;
  if (encoding) {
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return looksLikeText(text) ? text.replace(/^\ufeff/, '') : undefined;
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Mostly-Latin UTF-16 has a zero in every other byte; in one parity only. */
function utf16WithoutBom(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Text has no NULs and hardly any other control characters or replacement marks. */
function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    // C0 controls but tab, line feed, form feed and carriage return; DEL and C1; U+FFFD.
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xfffd
    ) {
      odd++;
    }
  }
  return odd <= n * 0.005;
}
