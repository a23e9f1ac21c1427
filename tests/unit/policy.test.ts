import { describe, expect, it } from 'vitest';
import { parsePolicy, readPolicy } from '../../lib/settings/policy';

const AREAS = ['wolverhampton', 'worcestershire'];

const contact = {
  id: 'practice-safeguarding-lead',
  name: 'Practice safeguarding lead',
  audience: 'both',
  role: 'advice-only',
  phone: '01902 000000',
  hours: { kind: 'unstated' },
  confidence: { number: 'confirmed', hours: 'verify' },
  source: ['https://example.nhs.uk/'],
  verifiedOn: '2026-11-01',
};

describe('managed policy', () => {
  it('accepts a complete valid policy', () => {
    const { policy, notices } = parsePolicy(
      {
        defaultAreaId: 'wolverhampton',
        lockArea: true,
        organisation: { name: 'Example Surgery', phone: '01902 111111' },
        extraContacts: [{ areaId: 'wolverhampton', contact }],
        retentionDays: 14,
        neutralPageUrl: 'https://www.bbc.co.uk/weather',
        allowHistoryRemoval: false,
      },
      AREAS,
    );
    expect(notices).toEqual([]);
    expect(policy).toMatchObject({ defaultAreaId: 'wolverhampton', lockArea: true, retentionDays: 14 });
    expect(policy.extraContacts).toHaveLength(1);
  });

  it('ignores each invalid value on its own, keeps the rest, and says why', () => {
    const { policy, notices } = parsePolicy(
      { retentionDays: 0, neutralPageUrl: 'http://example.org', lockArea: 'yes', defaultAreaId: 'worcestershire', colour: 'red' },
      AREAS,
    );
    expect(policy).toEqual({ defaultAreaId: 'worcestershire' });
    expect(notices).toHaveLength(4);
    expect(notices.join('\n')).toMatch(/"retentionDays" was ignored/);
    expect(notices.join('\n')).toMatch(/"neutralPageUrl" was ignored: .*https/);
    expect(notices.join('\n')).toMatch(/"colour" is not known/);
  });

  it('drops an unknown default area together with its lock, so nobody is locked to nothing', () => {
    const { policy, notices } = parsePolicy({ defaultAreaId: 'atlantis', lockArea: true }, AREAS);
    expect(policy).toEqual({});
    expect(notices[0]).toMatch(/atlantis/);
  });

  it('rejects an extra contact with a malformed number, naming the field', () => {
    const { policy, notices } = parsePolicy({ extraContacts: [{ areaId: 'wolverhampton', contact: { ...contact, phone: '01902 12' } }] }, AREAS);
    expect(policy.extraContacts).toBeUndefined();
    expect(notices[0]).toMatch(/extraContacts/);
    expect(notices[0]).toMatch(/0\.contact\.phone/);
  });

  it('treats a missing managed storage (Firefox without policies) as no policy', async () => {
    const refusing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    await expect(readPolicy(refusing, AREAS)).resolves.toEqual({ policy: {}, notices: [] });
    await expect(readPolicy(undefined, AREAS)).resolves.toEqual({ policy: {}, notices: [] });
  });

  it('reports a policy that is not an object', () => {
    expect(parsePolicy('wolverhampton', AREAS).notices).toHaveLength(1);
  });
});

describe('corrections by policy', () => {
  const AREA_IDS = ['wolverhampton', 'walsall'];
  it('keeps good corrections and ignores bad ones item by item, each with its reason', () => {
    const { policy, notices } = parsePolicy(
      {
        contactCorrections: [
          { contactId: 'wolverhampton-edt', phone: '01902 552998', note: 'New EDT number from 1 December' },
          { contactId: 'wolverhampton-adult-mash', phone: '01902 5511', note: 'Bad number' },
          { contactId: 'atlantis-mash', phone: '01902 551199', note: 'Unknown area' },
          { contactId: 'walsall-mash', note: '' },
        ],
      },
      AREA_IDS,
    );
    expect(policy.contactCorrections).toEqual([{ contactId: 'wolverhampton-edt', phone: '01902 552998', note: 'New EDT number from 1 December' }]);
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/Correction 2 \("wolverhampton-adult-mash"\) was ignored: phone: A UK number starting with 0 has 10 or 11 digits/);
    expect(notices[1]).toMatch(/Correction 3 \("atlantis-mash"\) was ignored: it names no contact of this version/);
    expect(notices[2]).toMatch(/Correction 4 \("walsall-mash"\) was ignored: note: a note saying why/);
  });
});
