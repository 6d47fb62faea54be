import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { TbElement } from '../../src/core/tb-element.js';

describe('TbElement.define', () => {
  afterEach(() => sinon.restore());

  it('defines a free tag', () => {
    class TbGuardOne extends TbElement {}
    TbGuardOne.define('tb-guard-one');
    expect(customElements.get('tb-guard-one')).to.equal(TbGuardOne);
  });

  it('is quiet when the library is loaded twice at the same version', async () => {
    const warn = sinon.spy(console, 'warn');
    class TbGuardTwo extends TbElement {}
    TbGuardTwo.define('tb-guard-two');
    TbGuardTwo.define('tb-guard-two');
    // A second copy of the module, as a CMS page with the snippet pasted twice (or two bundles) would load it.
    const copy = (await import(
      `../../src/core/tb-element.ts?copy=${Date.now()}`
    )) as typeof import('../../src/core/tb-element.js');
    expect(copy.TbElement).to.not.equal(TbElement);
    class TbGuardTwoCopy extends copy.TbElement {}
    expect(() => TbGuardTwoCopy.define('tb-guard-two')).to.not.throw();
    expect(customElements.get('tb-guard-two')).to.equal(TbGuardTwo);
    expect(warn.called).to.equal(false);
  });

  it('warns once, and does not throw, when another version got there first', () => {
    const warn = sinon.stub(console, 'warn');
    class TbGuardThree extends TbElement {}
    TbGuardThree.define('tb-guard-three');
    class TbGuardThreeOld extends TbElement {
      static override readonly tbVersion = '0.0.1';
    }
    expect(() => TbGuardThreeOld.define('tb-guard-three')).to.not.throw();
    expect(() => TbGuardThreeOld.define('tb-guard-three')).to.not.throw();
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('<tb-guard-three>').and.contain('0.0.1');
  });

  it('warns once when a non-Techbridge script owns the tag', () => {
    const warn = sinon.stub(console, 'warn');
    customElements.define('tb-guard-four', class extends HTMLElement {});
    class TbGuardFour extends TbElement {}
    TbGuardFour.define('tb-guard-four');
    TbGuardFour.define('tb-guard-four');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('another script');
  });
});
