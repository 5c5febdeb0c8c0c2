export { renderMarkdown, escapeMarkdown } from './markdown';
export { renderHtml } from './html';
export { ruleTitlesFrom } from './ruleTitles';
export type { RuleTitleLookup } from './ruleTitles';
export type { RenderOptions } from './reportView';
export { displayableSummary, displayableReport, reportPrototype, summaryBundle, reportBundle, summaryText, reportText, reportHtml, JUPYTER_DISPLAY, type MimeBundle, type NotebookDisplayable } from './notebook';
