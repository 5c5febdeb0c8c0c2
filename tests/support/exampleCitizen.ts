/** A valid citizen as a ministry export writes it: the record the rule example tables change one thing of. */
export const EXAMPLE_CITIZEN: Readonly<Record<string, string>> = Object.freeze({
  ma_ho_so: 'HS00000017',
  so_dinh_danh: '001099012345',
  ho_ten: 'Nguyễn Văn An',
  ngay_sinh: '15/03/1999',
  gioi_tinh: 'Nam',
  so_dien_thoai: '+84912345678',
  dia_chi: '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh',
  ngay_cap: '20/04/2024',
  ngay_cap_nhat: '01/06/2026',
});
