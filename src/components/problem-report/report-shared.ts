import { type StringKey } from './strings.js';
import type { CoachingKind } from './coach.js';
import { type FormValues } from './payload.js';

/** A JSON attribute that did not parse; kept so the element can say so instead of throwing. */
export class BadJson {
  constructor(
    readonly raw: string,
    readonly problem: string
  ) {}
}

export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new BadJson(value, (error as Error).message);
    }
  },
  toAttribute(value: unknown): string | null {
    return value === undefined || value instanceof BadJson ? null : JSON.stringify(value);
  }
};

export type Step = 'form' | 'review' | 'outcome';
export type Outcome =
  | { kind: 'sent'; id: string; reference?: string; ticket?: string }
  | { kind: 'queued'; id: string; reason: string; persistent: boolean }
  | { kind: 'failed'; id: string; message: string; fieldErrors?: Record<string, string>; broke?: boolean }
  | { kind: 'local' }
  | { kind: 'mailto' }
  | { kind: 'bot' };

export interface DraftRecord {
  v: 1;
  values: FormValues;
  savedAt: number;
}

export type IncidentResult = { kind: 'sent' | 'queued' | 'failed' | 'local'; text: string };

/** Fields inside "Add more detail": opened before focusing one of them. */
export const MORE_FIELDS = new Set<keyof FormValues>([
  'tryingTo',
  'expected',
  'program',
  'programOther',
  'webPage',
  'started',
  'frequency',
  'tried',
  'triedOther'
]);
/**
 * "Change" links on the check step lead to one of these groups. While a person is changing a group, a "Back to
 * check your report" button sits right after it; afterwards the rows of that group are marked on the check step.
 * Keys are the group names; every field a change link, gap hint or error link can point at belongs to one group.
 */
export const CHANGE_GROUPS = {
  summary: ['summary'],
  whatHappened: ['whatHappened'],
  errorMessage: ['errorMessage', 'noErrorMessage'],
  where: ['branch', 'location', 'asset', 'otherComputer'],
  scope: ['scope'],
  impact: ['impact'],
  tryingTo: ['tryingTo'],
  expected: ['expected'],
  program: ['program', 'programOther'],
  webPage: ['webPage'],
  started: ['started'],
  frequency: ['frequency'],
  tried: ['tried', 'triedOther'],
  reporter: ['name', 'contact', 'remember']
} satisfies Record<string, (keyof FormValues)[]>;
export type ChangeGroup = keyof typeof CHANGE_GROUPS;

/** Groups marked as a whole section (their fieldset), not field by field. */
export const SECTION_GROUPS = new Set<ChangeGroup>(['where', 'reporter']);

/** The catalog key of the question each kind of vague report gets. */
export const COACHING_QUESTION: Record<CoachingKind, StringKey> = {
  slow: 'coachSlow',
  down: 'coachDown',
  printer: 'coachPrinter',
  internet: 'coachInternet',
  error: 'coachError',
  crash: 'coachCrash',
  login: 'coachLogin'
};

export function groupOf(key: keyof FormValues): ChangeGroup | undefined {
  return (Object.keys(CHANGE_GROUPS) as ChangeGroup[]).find(group =>
    (CHANGE_GROUPS[group] as (keyof FormValues)[]).includes(key)
  );
}

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
/** Keeps a picture plus the rest of the report under the reference server's 5 MiB request limit. */
export const MAX_SCREENSHOT_KB = 3500;
export const DEFAULT_SCREENSHOT_KB = 2048;

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
