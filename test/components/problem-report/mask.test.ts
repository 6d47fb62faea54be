import { expect } from '@open-wc/testing';
import { checkBarcodePattern, createMasker } from '../../../src/components/problem-report/mask.js';

const labels = { card: '[card]', email: '[email]', phone: '[phone]' };
const mask = (text: string, pattern?: string) => createMasker(labels, pattern).mask(text);

describe('privacy masking', () => {
  it('hides 14-digit patron barcodes, also with spaces', () => {
    expect(mask('Patron 21234000123456 could not check out')).to.equal('Patron [card] could not check out');
    expect(mask('card 2 1234 0001 23456')).to.equal('card [card]');
  });

  it('hides email addresses', () => {
    expect(mask('Email jane.doe+lib@example.org about it')).to.equal('Email [email] about it');
  });

  it('hides phone numbers in common forms', () => {
    for (const phone of [
      '555-123-4567',
      '(555) 123-4567',
      '+1 555 123 4567',
      '020 7946 0958',
      '07700 900123',
      '555.123.4567',
      '+441632960961'
    ]) {
      expect(mask(`call ${phone} now`), phone).to.equal('call [phone] now');
    }
  });

  it('keeps what the IT person needs: dates, times, IPs, versions, error codes, asset tags', () => {
    const keep = [
      'Error 0x80070005 on LIB-PC-042',
      'since 2025-01-31 at 10:15',
      'IP 192.168.10.254',
      'Windows 10.0.19045.3693',
      'Error code 80070005',
      'PC 12 and desk 3',
      'Event ID 4625',
      'version 3.2.1'
    ];
    for (const text of keep) expect(mask(text), text).to.equal(text);
  });

  it('masks inside web addresses: query values, encoded values and paths', () => {
    const url =
      'https://catalogue.example/patron?card=21234000123456&email=jane%40example.org&tel=555-123-4567&q=harry';
    const masked = mask(`Look at ${url} please`);
    expect(masked).to.not.include('21234000123456');
    expect(masked).to.not.include('jane');
    expect(masked).to.not.include('555-123-4567');
    expect(masked).to.include('q=harry');
    expect(masked).to.include('https://catalogue.example/patron?');
    expect(mask('https://x.example/users/jane@example.org/holds')).to.not.include('jane@');
  });

  it('masks a lone address with maskAddress, fragment included', () => {
    const m = createMasker(labels);
    const out = m.maskAddress('https://opac.example/#/account?barcode=21234000123456');
    expect(out).to.not.include('21234000123456');
    expect(m.count).to.equal(1);
  });

  it('counts what it hid', () => {
    const m = createMasker(labels);
    m.mask('a@b.org and 21234000123456 and 555-123-4567');
    expect(m.count).to.equal(3);
  });

  it('uses a custom barcode pattern, and rejects unusable ones', () => {
    expect(mask('card A12345678 here', 'A\\d{8}')).to.equal('card [card] here');
    expect(checkBarcodePattern('(')).to.match(/not a valid regular expression/);
    expect(checkBarcodePattern('\\d*')).to.match(/empty text/);
    expect(checkBarcodePattern('\\d{14}')).to.equal(undefined);
    // An unusable pattern falls back to the default rather than hiding nothing.
    expect(mask('21234000123456', '(')).to.equal('[card]');
  });
});
