/**
 * The shapes the donation checker works with: the offer (facts about one offered machine), the policy (the
 * library's written rules, as data) and the decision. No DOM, no Lit.
 */

export const DEVICE_TYPES = [
  'desktop',
  'laptop',
  'all-in-one',
  'chromebook',
  'tablet',
  'monitor-flat',
  'monitor-crt',
  'printer-laser',
  'printer-inkjet',
  'keyboard-mouse',
  'network',
  'other'
] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/** Device types that are whole computers: hardware, system and data rules apply to them. */
export const COMPUTER_TYPES: readonly DeviceType[] = ['desktop', 'laptop', 'all-in-one', 'chromebook', 'tablet'];

export const OS_FAMILIES = ['windows', 'macos', 'chromeos', 'linux', 'none', 'other'] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

export const LINUX_PRODUCTS = ['ubuntu', 'linuxmint', 'debian'] as const;
export type LinuxProduct = (typeof LINUX_PRODUCTS)[number];

export const WINDOWS_EDITIONS = ['home', 'pro', 'education', 'enterprise'] as const;
export type WindowsEdition = (typeof WINDOWS_EDITIONS)[number];

export const STORAGE_TYPES = ['ssd', 'hdd', 'emmc'] as const;
export type StorageType = (typeof STORAGE_TYPES)[number];

export const TPM_STATES = ['2.0', '1.2', 'off', 'none'] as const;
export type TpmState = (typeof TPM_STATES)[number];

/** What happened to the donor's data. */
export const DATA_STATES = ['certificate', 'wiped', 'drive-removed', 'please-wipe', 'not-wiped'] as const;
export type DataState = (typeof DATA_STATES)[number];

/**
 * Facts about one offered item. Every field may be missing: a missing fact is "not known", never a pass.
 * Yes/no facts are `true`, `false` or missing (not known).
 */
export interface Offer {
  deviceType?: DeviceType;
  makeModel?: string;
  /** Year the machine was made (or first bought). */
  year?: number;
  cpuName?: string;
  cpuCores?: number;
  ramGb?: number;
  storageGb?: number;
  storageType?: StorageType;
  osFamily?: OsFamily;
  /** Windows "11", "10", "8.1", "7"; macOS "15", "10.15"; Ubuntu "24.04"; Mint "22.1"; Debian "12". */
  osVersion?: string;
  /** Linux only: which distribution. */
  osProduct?: LinuxProduct;
  windowsEdition?: WindowsEdition;
  /** Windows build number, for example 26100 (from `systeminfo`). */
  windowsBuild?: number;
  /** Entered by staff: ChromeOS auto-update expiry, or the last day this Mac model gets updates. YYYY-MM-DD. */
  supportEnds?: string;
  /** Entered by staff: the newest macOS this Mac model can run (Apple's per-model limit), for example "14". */
  macosMax?: string;
  tpm?: TpmState;
  licence?: boolean;
  recoveryMedia?: boolean;
  working?: boolean;
  complete?: boolean;
  data?: DataState;
  /** How many identical items (lots). */
  quantity?: number;
  notes?: string;
}

export type RuleKind =
  | 'device-type'
  | 'age'
  | 'cpu'
  | 'ram'
  | 'storage'
  | 'os'
  | 'tpm'
  | 'licence'
  | 'recovery-media'
  | 'working'
  | 'complete'
  | 'data-wiping';

export const RULE_KINDS: readonly RuleKind[] = [
  'device-type',
  'age',
  'cpu',
  'ram',
  'storage',
  'os',
  'tpm',
  'licence',
  'recovery-media',
  'working',
  'complete',
  'data-wiping'
];

/** Text in one language, or per language: `{ "en": "…", "es": "…" }`. */
export type PolicyText = string | Record<string, string>;

export interface PolicyRule {
  id: string;
  kind: RuleKind;
  /** The library's own clause number, for example "3.2". */
  clause: string;
  /** The clause as the library wrote it. `{maxYears}` and the like are filled from the rule's limits. */
  text: PolicyText;
  /** hard: a failure means we decline. soft: a failure means someone reviews it. */
  severity: 'hard' | 'soft';
  /** Staff can put a failure right themselves (add memory, switch on the security chip, wipe the drive). */
  fixable?: boolean;
  /** Device types the rule is about; by default computers (the device-type and age rules: everything). */
  appliesTo?: DeviceType[];
  // Limits, by kind.
  accepted?: string[];
  maxYears?: number;
  minCores?: number;
  minIntelGeneration?: number;
  minRyzenSeries?: number;
  acceptAppleSilicon?: boolean;
  minGb?: number;
  types?: StorageType[];
  families?: OsFamily[];
  minMonths?: number;
  countExtendedSupport?: boolean;
}

export interface Referral {
  name: string;
  detail?: PolicyText;
  url?: string;
  phone?: string;
}

export interface DonationPolicy {
  schemaVersion: 1;
  id: string;
  version: string;
  title: PolicyText;
  library?: string;
  intro?: PolicyText;
  /** Months between today and the day a machine would go on the floor; used when no date is given. */
  deploymentLeadMonths?: number;
  rules: PolicyRule[];
  referrals?: Referral[];
  contact?: { email?: string; phone?: string };
}

export type Status = 'pass' | 'fail' | 'unknown';
export type Outcome = 'accept' | 'review' | 'decline';

export interface CriterionResult {
  ruleId: string;
  kind: RuleKind;
  clause: string;
  severity: 'hard' | 'soft';
  fixable: boolean;
  status: Status;
  /** A code the element turns into words, for example "ram-too-little". */
  reason: string;
  /** Numbers and names the words need. */
  values: Record<string, string | number>;
}

export interface Decision {
  outcome: Outcome;
  results: CriterionResult[];
  policyId: string;
  policyVersion: string;
  /** ISO dates. */
  checkedOn: string;
  deploymentDate: string;
  osDataAsOf: string;
}
