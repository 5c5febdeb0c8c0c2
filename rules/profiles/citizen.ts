import type { ProfileSpecInput } from '../../src/core';
import { deepFreeze } from '../../src/core/profile';
import { DATASET_CHECKS, RULES } from '../catalogue';

/**
 * The citizen profile: a person's record as synchronised with the National Population Database.
 * Plain data, so it can be copied to JSON, edited and loaded with `--profile my.json`.
 * Required fields follow Law on Identification 2023, art. 9 (the database's core data about a citizen).
 * Frozen to the last array and object: every caller shares it (validateRecord(r, 'citizen') compiles this very
 * object), so a copy such as `{ ...citizenProfile }`, which shares its fields, rules and options, must not be able
 * to change it. Build a new object instead: `{ ...citizenProfile, rules: [...citizenProfile.rules, …] }`.
 */
export const citizenProfile = deepFreeze({
  name: 'citizen',
  description: {
    vi: 'Hồ sơ công dân đồng bộ với Cơ sở dữ liệu quốc gia về dân cư',
    en: 'Citizen record synchronised with the National Population Database',
  },
  key: 'recordId',
  fields: {
    recordId: { type: 'recordId', aliases: ['ma_ho_so', 'ma_hs', 'ma_ban_ghi', 'record_id', 'id', 'ma_cong_dan', 'ma'] },
    personalId: {
      type: 'personalId',
      required: true,
      aliases: [
        'so_dinh_danh', 'so_dinh_danh_ca_nhan', 'dinh_danh', 'ma_dinh_danh', 'so_cccd', 'cccd', 'so_can_cuoc', 'can_cuoc',
        'so_the_can_cuoc', 'the_can_cuoc', 'can_cuoc_cong_dan', 'so_can_cuoc_cong_dan', 'so_cmnd', 'cmnd', 'chung_minh_nhan_dan',
        'so_chung_minh_nhan_dan', 'cmnd_cccd', 'so_cmnd_cccd', 'cccd_cmnd', 'so_cccd_cmnd', 'so_giay_to',
        'personal_id', 'national_id', 'id_number', 'citizen_id', 'identity_number',
      ],
    },
    // Not "ten" alone: it holds the given name ("Na", "Trọng"), which would be judged as a whole name; a file whose
    // "ten" is the full name maps it with --columns ten=fullName. Lists sorted by given name split the name in
    // "Họ | Tên đệm | Tên" or "Họ và tên đệm | Tên": the parts joined are the name (see parts).
    fullName: {
      type: 'personName',
      required: true,
      aliases: ['ho_ten', 'ho_va_ten', 'hoten', 'ho_ten_cong_dan', 'full_name', 'name', 'fullname'],
      parts: {
        labels: [
          ['Họ', 'Ho', 'Họ và tên đệm', 'Ho va ten dem', 'Họ và đệm', 'Ho va dem', 'Họ đệm', 'Ho dem', 'Họ và chữ đệm', 'Ho va chu dem', 'Họ tên đệm', 'Ho ten dem', 'Family name', 'Last name', 'Surname'],
          ['Tên đệm', 'Ten dem', 'Chữ đệm', 'Chu dem', 'Đệm', 'Dem', 'Middle name'],
          ['Tên', 'Ten', 'Tên gọi', 'Ten goi', 'Given name', 'First name'],
        ],
        separator: ' ',
        optional: [1],
        skipBlank: true,
        standalone: true,
      },
    },
    // "Ngày sinh" over "Ngày | Tháng | Năm" in some forms: the three joined are the date (see parts).
    dateOfBirth: {
      type: 'birthDate',
      required: true,
      aliases: ['ngay_sinh', 'ngay_thang_nam_sinh', 'sinh_ngay', 'nam_sinh', 'ns', 'dob', 'date_of_birth', 'birth_date', 'birthdate', 'birthday'],
      parts: { labels: [['Ngày', 'Ngay', 'Day'], ['Tháng', 'Thang', 'Month'], ['Năm', 'Nam', 'Year']], separator: '/' },
    },
    // Lists made from Vietnamese forms often split the birth date (or the year) under "Nam | Nữ" and write it in the
    // column of the person's sex, or tick "Giới tính" under "Nam | Nữ": both give the sex (see impliedBy).
    sex: {
      type: 'sex',
      required: true,
      aliases: ['gioi_tinh', 'gt', 'phai', 'sex', 'gender'],
      impliedBy: { labels: { Nam: 'Nam', Nữ: 'Nữ', Nu: 'Nữ', Male: 'Nam', Female: 'Nữ' }, under: ['dateOfBirth'] },
    },
    phone: { type: 'phone', aliases: ['so_dien_thoai', 'sdt', 'so_dt', 'dien_thoai', 'dt', 'di_dong', 'so_di_dong', 'phone', 'phone_number', 'mobile', 'tel'] },
    address: {
      type: 'address',
      required: true,
      aliases: ['dia_chi', 'dia_chi_thuong_tru', 'noi_thuong_tru', 'thuong_tru', 'noi_o_hien_tai', 'noi_o', 'dia_chi_lien_he', 'address', 'permanent_address', 'residence'],
    },
    idIssueDate: { type: 'date', aliases: ['ngay_cap', 'ngay_cap_cccd', 'ngay_cap_the', 'ngay_cap_can_cuoc', 'ngay_cap_cmnd', 'ngay_cap_cmnd_cccd', 'ngay_cap_cccd_cmnd', 'issue_date', 'id_issue_date', 'date_of_issue', 'issued_on'] },
    updatedAt: { type: 'date', aliases: ['ngay_cap_nhat', 'cap_nhat', 'ngay_sua', 'updated_at', 'last_updated', 'modified_at', 'updated'] },
  },
  rules: [...RULES.map((r) => r.id), ...DATASET_CHECKS.map((c) => c.id)],
  weights: { correct: 0.4, complete: 0.25, clean: 0.15, live: 0.2 },
  options: { stalenessYears: 2, maxIdsPerPhone: 3 },
} satisfies ProfileSpecInput);
