/** Report renderers: pure functions of reports, a batch or a comparison to a string. */
export { csvCell, renderCsv } from './csv.ts';
export { esc, renderHtml, renderHtmlBatch, renderHtmlCompare, shareChart } from './html.ts';
export {
  mdText,
  renderMarkdown,
  renderMarkdownBatch,
  renderMarkdownCompare,
  renderMarkdownReports,
} from './markdown.ts';
export { renderText, renderTextBatch, renderTextCompare, renderTextError } from './text.ts';
