import { expect } from '@open-wc/testing';
import { telLink } from '../../src/core/phone.js';

describe('telLink', () => {
  it('dials the number and passes the extension separately', () => {
    expect(telLink('555-0100 ext 12')).to.equal('tel:5550100;ext=12');
    expect(telLink('555-0100 ext. 12')).to.equal('tel:5550100;ext=12');
    expect(telLink('555-0100, extension 12')).to.equal('tel:5550100;ext=12');
    expect(telLink('555-0100 x12')).to.equal('tel:5550100;ext=12');
    expect(telLink('555-0100 X 12')).to.equal('tel:5550100;ext=12');
    expect(telLink('+1 (555) 010-0100 Ext 3')).to.equal('tel:+15550100100;ext=3');
  });

  it('keeps plain numbers and refuses what cannot be dialled', () => {
    expect(telLink('555-0100')).to.equal('tel:5550100');
    expect(telLink('+44 20 7946 0958')).to.equal('tel:+442079460958');
    expect(telLink('the IT desk')).to.equal(undefined);
    expect(telLink('')).to.equal(undefined);
  });
});
