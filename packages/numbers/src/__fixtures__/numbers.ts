/** Bodies shaped like `GET /v2/numbers` answers (as sent: dates are ISO strings). */
export const mobileNumber = {
  id: '12345678',
  number: '+4915799912345',
  localized: '01579-9912345',
  type: 'MOBILE',
  endpointId: 'p0',
  endpointAlias: 'Alice Example',
  endpointUrl: '/w0/phonelines/p0',
  mnpState: { isReleased: true, releasedUntil: '2026-12-31T23:59:59Z' },
};

export const landlineNumber = {
  id: '23456789',
  number: '+4921100000000',
  localized: '0211 00000000',
  type: 'LANDLINE',
  endpointId: 'g1',
  endpointAlias: 'Support',
  endpointUrl: '/groups/g1',
  portId: 4711,
};

/** A numbers item with a distinct id, for paging tests. */
export function numberItem(index: number) {
  return {
    ...landlineNumber,
    id: String(30000000 + index),
    number: `+49211000${String(index).padStart(5, '0')}`,
  };
}
