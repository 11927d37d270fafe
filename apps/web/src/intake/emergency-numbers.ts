import type { EmergencyService } from './intake-messages';

export interface EmergencyNumber {
  service: EmergencyService;
  number: string;
}

// 112 answers in every member state of the EU (and Iceland, Norway, Liechtenstein), free
// from any phone: https://digital-strategy.ec.europa.eu/en/policies/112
const EU_112: readonly EmergencyNumber[] = [{ service: 'general', number: '112' }];
const EU_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'IS',
  'LI',
  'NO',
] as const;

/**
 * National emergency numbers for the regions the intake form offers, each from a public
 * source named beside it. A survivor in danger reads these first: only numbers a public
 * authority publishes are here; a region without one is told to call its local number.
 */
const NUMBERS: Readonly<Record<string, readonly EmergencyNumber[]>> = {
  ...Object.fromEntries(EU_STATES.map((code) => [code, EU_112])),
  // https://www.service-public.fr/particuliers/vosdroits/F33954 (numéros d'urgence; 114 by
  // text for those who cannot speak)
  FR: [
    { service: 'general', number: '112' },
    { service: 'police', number: '17' },
    { service: 'medical', number: '15' },
    { service: 'fire', number: '18' },
    { service: 'text', number: '114' },
  ],
  // https://www.belgium.be/fr/justice/securite/services_de_secours (112, police 101)
  BE: [
    { service: 'general', number: '112' },
    { service: 'police', number: '101' },
  ],
  // https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers
  GB: [
    { service: 'general', number: '999' },
    { service: 'general', number: '112' },
  ],
  // https://www.ch.ch/en/safety-and-justice/emergency-numbers/ (112, police 117, ambulance 144)
  CH: [
    { service: 'general', number: '112' },
    { service: 'police', number: '117' },
    { service: 'medical', number: '144' },
  ],
  // https://www.911.gov/
  US: [{ service: 'general', number: '911' }],
  // https://crtc.gc.ca/eng/phone/911/ (9-1-1 in Canada)
  CA: [{ service: 'general', number: '911' }],
  // https://www.triplezero.gov.au/
  AU: [{ service: 'general', number: '000' }],
  // https://www.police.govt.nz/contact-us/111-emergency-calls
  NZ: [{ service: 'general', number: '111' }],
  // https://www.maroc.ma/ (police 19, gendarmerie 177, protection civile 15)
  MA: [
    { service: 'police', number: '19' },
    { service: 'police', number: '177' },
    { service: 'medical', number: '15' },
  ],
  // https://www.interieur.gov.tn/ (police 197, SAMU 190, protection civile 198)
  TN: [
    { service: 'police', number: '197' },
    { service: 'medical', number: '190' },
    { service: 'fire', number: '198' },
  ],
  // https://www.isf.gov.lb/ (Internal Security Forces 112; civil defence 125)
  LB: [
    { service: 'police', number: '112' },
    { service: 'fire', number: '125' },
  ],
  // https://www.psd.gov.jo/ (unified emergency number 911)
  JO: [{ service: 'general', number: '911' }],
};

/** The regions the danger question offers, in a stable order. */
export const EMERGENCY_REGIONS: readonly string[] = Object.keys(NUMBERS).sort();

export function emergencyNumbers(region: string | undefined): readonly EmergencyNumber[] {
  return (region && NUMBERS[region]) || [];
}

/** `region` as the page accepts it: one of the offered codes, else none. */
export function knownRegion(region: string | null | undefined): string | undefined {
  return region && Object.hasOwn(NUMBERS, region) ? region : undefined;
}
