/** Select a quote in the draft, whitespace-insensitively, and scroll it into view. */
export function selectInTextarea(el: HTMLTextAreaElement | null, quote: string): boolean {
  if (!el) return false;
  const words = quote
    .split(/\s*…\s*/)
    .sort((a, b) => b.length - a.length)[0]
    ?.trim()
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/["”“„]/g, '["”“„]')
        .replace(/['’‘]/g, "['’‘]"),
    );
  if (!words?.length) return false;
  const m = new RegExp(words.join('\\s+'), 'i').exec(el.value);
  if (!m) return false;
  el.focus();
  el.setSelectionRange(m.index, m.index + m[0].length);
  // Scroll roughly to the line: textareas have no API for it.
  const line = el.value.slice(0, m.index).split('\n').length;
  el.scrollTop = Math.max(0, (line - 3) * (Number.parseFloat(getComputedStyle(el).lineHeight) || 18));
  return true;
}
