import { TbPartnerFinder } from './partner-finder.js';

TbPartnerFinder.define('tb-partner-finder');

declare global {
  interface HTMLElementTagNameMap {
    'tb-partner-finder': TbPartnerFinder;
  }
}

export { TbPartnerFinder };
export type { TbPartnerSelectDetail } from './partner-finder.js';
export type { PartnerOrganization, ImportWarning, CategoryContent } from './model.js';
