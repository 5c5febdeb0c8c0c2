import type { LocalizedText } from '../src/core';

/** What the catalogue's fields are called in sentences and reports, lower case ("thiếu họ và tên"). */
export const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = Object.freeze({
  recordId: { vi: 'mã hồ sơ', en: 'record id' },
  personalId: { vi: 'số định danh cá nhân', en: 'personal ID number' },
  fullName: { vi: 'họ và tên', en: 'full name' },
  dateOfBirth: { vi: 'ngày sinh', en: 'date of birth' },
  sex: { vi: 'giới tính', en: 'sex' },
  phone: { vi: 'số điện thoại', en: 'phone number' },
  address: { vi: 'địa chỉ', en: 'address' },
  idIssueDate: { vi: 'ngày cấp', en: 'issue date' },
  updatedAt: { vi: 'ngày cập nhật', en: 'update date' },
});
