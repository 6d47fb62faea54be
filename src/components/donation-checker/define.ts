import { TbDonationChecker } from './donation-checker.js';

TbDonationChecker.define('tb-donation-checker');

declare global {
  interface HTMLElementTagNameMap {
    'tb-donation-checker': TbDonationChecker;
  }
}

export { TbDonationChecker };
export type { TbDonationDecisionDetail } from './donation-checker.js';
export type { DonationPolicy, Offer, Decision, CriterionResult } from './model.js';
