/** Users shaped like `GET /v2/users` answers them. */
export const ada = {
  id: 'w0',
  firstname: 'Ada',
  lastname: 'Lovelace',
  email: 'ada.lovelace@example.com',
  defaultDevice: 'e0',
  busyOnBusy: false,
  addressId: '13',
  directDialIds: ['101'],
  timezone: 'Europe/Berlin',
  admin: true,
};

export const alan = {
  id: 'w1',
  firstname: 'Alan',
  lastname: 'Turing',
  email: 'alan.turing@example.com',
  defaultDevice: 'e1',
  busyOnBusy: true,
  addressId: '13',
  directDialIds: ['102'],
  timezone: 'Europe/Berlin',
  admin: false,
};
