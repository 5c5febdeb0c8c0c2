export { renderMarkdown, escapeMarkdown } from './markdown';
export { renderHtml } from './html';
export { ruleTitlesFrom } from './ruleTitles';
export type { RuleTitleLookup } from './ruleTitles';
export type { RenderOptions } from './reportView';
