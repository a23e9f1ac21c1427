import { describe, expect, it } from 'vitest';
import { createDraft } from '../../lib/referral/prefill';
import { organisationFills, referrerFrom } from '../../lib/settings/organisation';
import { EMPTY_PROFILE } from '../../lib/settings/profile';
import { testArea } from '../fixtures/areas';

const ORG = { name: 'Example Street Surgery', address: '1 Example Street, Wolverhampton WV1 1AA', phone: '01902 000111', email: 'practice@example.nhs.uk' };

describe('the organisation’s details from policy', () => {
  it('fill the Referrer fields the practitioner left empty, and never replace what they typed', () => {
    const own = { ...EMPTY_PROFILE, name: 'Dr Patel', phone: '07700 900123' };
    expect(referrerFrom(own, ORG)).toEqual({ name: 'Dr Patel', role: '', organisation: 'Example Street Surgery', phone: '07700 900123', email: 'practice@example.nhs.uk' });
    expect(referrerFrom(own, undefined)).toEqual(own);
  });

  it('pre-fill a new draft, the address included', () => {
    const draft = createDraft(
      {
        id: 'd1',
        subject: 'child',
        area: testArea(),
        areaId: 'testshire',
        callAt: new Date('2026-12-01T10:00:00Z'),
        takenBy: '',
        reference: '',
        profile: referrerFrom(EMPTY_PROFILE, ORG),
        referrerAddress: ORG.address,
      },
      new Date('2026-12-01T10:05:00Z'),
      new Set(),
    );
    expect(draft.items['referrer.address']).toMatchObject({ status: 'done', note: ORG.address });
    expect(draft.items['referrer.phone']).toMatchObject({ note: '01902 000111' });
    expect(draft.items['referrer.email']).toMatchObject({ note: 'practice@example.nhs.uk' });
  });

  it('say which fields the organisation sets, for the options page', () => {
    expect(organisationFills(ORG)).toEqual({ organisation: ORG.name, phone: ORG.phone, email: ORG.email });
    expect(organisationFills({ name: '  ' })).toEqual({});
  });
});
