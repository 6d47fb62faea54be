import { TbProblemReport } from './problem-report.js';

export { TbProblemReport };
export type { ProblemReportStrings } from './strings.js';
export type { ProblemReportData, PriorityMap, PickerConfig } from './payload.js';
export type { Incident } from './status.js';
export type { CoachingKind, CoachingPrompt } from './coach.js';

TbProblemReport.define('tb-problem-report');

declare global {
  interface HTMLElementTagNameMap {
    'tb-problem-report': TbProblemReport;
  }
}
