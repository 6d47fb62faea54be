import { TbMouOutline } from './mou-outline.js';
import type { MouDoc } from './model.js';
import type { PartnerSelectDetail } from './suggest.js';

TbMouOutline.define('tb-mou-outline');

export { TbMouOutline };
export type { PartnerSelectDetail };

declare global {
  interface HTMLElementTagNameMap {
    'tb-mou-outline': TbMouOutline;
  }
  interface GlobalEventHandlersEventMap {
    /** `<tb-mou-outline>`: the answers changed (autosaved as a draft). */
    'tb-change': CustomEvent<{ doc: MouDoc }>;
  }
}
