import type { LocalizedText } from './types';

/** The engine's own messages: problems with the input itself, not with its content. */
export const ENGINE_MESSAGES = Object.freeze({
  notObject: (got: string): LocalizedText => ({
    vi: `Bản ghi không phải là một đối tượng (nhận được: ${got})`,
    en: `Record is not an object (got: ${got})`,
  }),
  ruleFailed: (rule: string, reason: string): LocalizedText => ({
    vi: `Quy tắc ${rule} gặp lỗi nội bộ: ${reason}`,
    en: `Rule ${rule} failed internally: ${reason}`,
  }),
});
