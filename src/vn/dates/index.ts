export * from './civilDate';
export { parseDate } from './parseDate';
export type { DateFormat, DateParse, ParseDateOptions, TimeOfDay } from './parseDate';
export type { DateMessage } from './dateMessages';
export { dateToExcelSerial, excelSerialToDate, EXCEL_MAX_SERIAL, EXCEL_PHANTOM_LEAP_DAY } from './excelSerial';
export { civilFromDays, daysFromCivil } from './dayNumber';
