/** Items shaped like `GET /v2/{webuserId}/devices` answers. */
export const registerDevice = {
  id: 'e0',
  alias: 'Desk phone',
  type: 'REGISTER',
  online: true,
  dnd: false,
  callerId: '+4921100000000',
  owner: 'w0',
  activePhonelines: [{ id: 'p0', alias: 'Alice Example' }],
  activeGroups: [{ id: 'g1', alias: 'Support' }],
};

export const mobileDevice = {
  id: 'y0',
  alias: 'Mobile',
  type: 'MOBILE',
  online: false,
  dnd: true,
  activePhonelines: [],
  activeGroups: [],
};

export const externalDevice = {
  id: 'x0',
  alias: 'Home',
  type: 'EXTERNAL',
  online: true,
  dnd: false,
};
