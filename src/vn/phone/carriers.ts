/** Names of the Vietnamese mobile networks, as this library spells them. */
export const VIETNAMESE_CARRIERS = [
  'Viettel',
  'VinaPhone',
  'MobiFone',
  'Vietnamobile',
  'Gmobile',
  'Itelecom',
  'Reddi',
] as const;
export type VietnameseCarrier = (typeof VIETNAMESE_CARRIERS)[number];

/**
 * Mobile number ranges → the network they were allocated to, keyed by the leading digits of the
 * national significant number (without the trunk 0); the longest matching key wins.
 * Source: Google libphonenumber resources/carrier/en/84.txt (the carrier data libphonenumber-js does not ship),
 * with one correction: 087 is the range of Indochina Telecom's iTel (Itelecom), which Google lists under
 * VinaPhone because iTel runs on VinaPhone's radio network. Converted 11-digit ranges follow
 * MIC Decision 798/QĐ-BTTTT (2018), e.g. Viettel 016x → 03x.
 */
export const CARRIER_PREFIXES: Readonly<Record<string, VietnameseCarrier>> = {
  '3': 'Viettel',
  '30': 'MobiFone',
  '51': 'MobiFone',
  '52': 'Vietnamobile',
  '55': 'Reddi',
  '56': 'Vietnamobile',
  '58': 'Vietnamobile',
  '59': 'Gmobile',
  '7': 'MobiFone',
  '81': 'VinaPhone',
  '82': 'VinaPhone',
  '83': 'VinaPhone',
  '84': 'VinaPhone',
  '85': 'VinaPhone',
  '86': 'Viettel',
  '87': 'Itelecom',
  '88': 'VinaPhone',
  '89': 'MobiFone',
  '90': 'MobiFone',
  '91': 'VinaPhone',
  '92': 'Vietnamobile',
  '93': 'MobiFone',
  '94': 'VinaPhone',
  '96': 'Viettel',
  '97': 'Viettel',
  '98': 'Viettel',
  '993': 'Gmobile',
  '994': 'Gmobile',
  '995': 'Gmobile',
  '996': 'Gmobile',
  '997': 'Gmobile',
  '998': 'Itelecom',
  '999': 'Itelecom',
};

// Dense lookup by the first three digits (000–999), built once: one array read per call.
const byFirstThree: (VietnameseCarrier | null)[] = new Array<VietnameseCarrier | null>(1000).fill(null);
for (const [prefix, carrier] of Object.entries(CARRIER_PREFIXES).sort((a, b) => a[0].length - b[0].length)) {
  const width = 10 ** (3 - prefix.length);
  const from = Number(prefix) * width;
  for (let i = from; i < from + width; i++) byFirstThree[i] = carrier;
}

/**
 * The network a Vietnamese mobile number was originally allocated to, from its national significant
 * number (no trunk 0, no +84). Null for ranges with no known network. Callers should only ask for
 * numbers already known to be mobile: the table says nothing about landlines.
 * Numbers can be ported between networks (since 2018), so this is the original network only.
 *
 * @example
 * originalCarrierOf('912345678'); // 'VinaPhone'
 * originalCarrierOf('321234567'); // 'Viettel'
 * originalCarrierOf('1212345678'); // null
 */
export function originalCarrierOf(nationalNumber: string): VietnameseCarrier | null {
  if (nationalNumber.length < 3) return null;
  const firstThree =
    (nationalNumber.charCodeAt(0) - 48) * 100 +
    (nationalNumber.charCodeAt(1) - 48) * 10 +
    (nationalNumber.charCodeAt(2) - 48);
  return byFirstThree[firstThree] ?? null;
}
