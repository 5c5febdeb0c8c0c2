import type { ParsedAddress } from '../../src/vn/address';

/** One line for an address: its street part, then the units from smallest to largest, as Vietnamese write it. */
export function formatAddress(parts: { street?: string; ward?: { fullName: string }; district?: { fullName: string }; province?: { fullName: string } }): string {
  return [parts.street, parts.ward?.fullName, parts.district?.fullName, parts.province?.fullName].filter((p) => p !== undefined && p !== '').join(', ');
}

export function hasProblem(address: ParsedAddress, problem: ParsedAddress['problems'][number]): boolean {
  return address.problems.includes(problem);
}
