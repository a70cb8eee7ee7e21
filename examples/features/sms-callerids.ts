/** Adds a sender number to the SMS extension s0, verifies it, renames s0 and removes the number again. */
import { createSMSCallerIdsModule, createSMSModule } from 'sipgateio';
import { report, runExample } from './connect.js';

// sipgate sends the code to the added number; the sandbox's code is always 123456.
const CODE = process.env.SIPGATEIO_VERIFICATION_CODE ?? '123456';

runExample('SMS caller ids', async ({ client }) => {
  const callerIds = createSMSCallerIdsModule(client);
  const webuserId = await client.getAuthenticatedWebuserId();

  const added = await callerIds.addCallerId(webuserId, 's0', '+4915711111111');
  report(`added ${added.phonenumber} as caller id ${added.id} (verified: ${added.verified})`);
  await callerIds.verifyCallerId(webuserId, 's0', added.id, CODE);
  const listed = await callerIds.getCallerIds(webuserId, 's0');
  report(
    `caller ids of s0: ${listed.map((callerId) => `${callerId.phonenumber}${callerId.verified ? '' : ' (unverified)'}`).join(', ')}`,
  );

  const [extension] = await createSMSModule(client).getSmsExtensions(webuserId);
  await callerIds.renameSmsExtension(webuserId, 's0', 'Shop notifications');
  await callerIds.renameSmsExtension(webuserId, 's0', extension?.alias ?? 's0');
  report(`renamed s0 and back to ${extension?.alias}`);

  await callerIds.deleteCallerId(webuserId, 's0', added.id);
  report(`removed caller id ${added.id}`);
});
