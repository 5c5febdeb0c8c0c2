import type { LocalizedText } from './types';

/** The engine's own messages: problems with the input itself, not with its content. */
export const ENGINE_MESSAGES = Object.freeze({
  notObject: (got: string): LocalizedText => ({
    vi: `Bản ghi không phải là một đối tượng (nhận được: ${got})`,
    en: `Record is not an object (got: ${got})`,
  }),
  ruleFailed: (rule: string, reason: string | null): LocalizedText =>
    reason === null
      ? {
          vi: `Quy tắc ${rule} gặp lỗi nội bộ nên bản ghi chưa được kiểm tra đủ (chi tiết lỗi bị ẩn vì có thể chứa dữ liệu cá nhân)`,
          en: `Rule ${rule} failed internally, so the record was not fully checked (details hidden: they may hold personal data)`,
        }
      : {
          vi: `Quy tắc ${rule} gặp lỗi nội bộ nên bản ghi chưa được kiểm tra đủ: ${reason}`,
          en: `Rule ${rule} failed internally, so the record was not fully checked: ${reason}`,
        },
  valueTooLong: (length: number, max: number): LocalizedText => ({
    vi: `Giá trị dài ${length.toLocaleString('vi-VN')} ký tự, quá ${max.toLocaleString('vi-VN')} ký tự: không phải giá trị của trường này nên không được kiểm tra`,
    en: `The value is ${length.toLocaleString('en')} characters long, over ${max.toLocaleString('en')}: not a value of this field, so it was not checked`,
  }),
  unreadable: (what: string): LocalizedText => ({
    vi: `Không đọc được bản ghi: đọc các cột gây lỗi (${what})`,
    en: `The record could not be read: reading its columns threw (${what})`,
  }),
});
