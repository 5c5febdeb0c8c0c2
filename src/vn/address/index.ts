/** ddss/address: Vietnamese addresses of both eras (before and after 1 July 2025), offline. */
export { parseAddress } from './parseAddress';
export { convertAddress } from './convertAddress';
export { foldName, tokenizeAddress, type AddressTokens } from './foldText';
export type {
  AddressEra,
  AddressProblem,
  AdminUnit,
  ConvertedAddress,
  ParseAddressOptions,
  ParsedAddress,
} from './types';
