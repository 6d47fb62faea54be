import { TbMouOutline } from './mou-outline.js';
import type { PartnerSelectDetail } from './suggest.js';

TbMouOutline.define('tb-mou-outline');

export { TbMouOutline };
export type { PartnerSelectDetail };

declare global {
  interface HTMLElementTagNameMap {
    'tb-mou-outline': TbMouOutline;
  }
}
