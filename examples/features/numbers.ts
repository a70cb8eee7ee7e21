/** Lists the account's phone numbers. */
import { createNumbersModule } from 'sipgateio';
import { report, runExample } from './connect.js';

runExample('Numbers', async ({ client }) => {
  const { items } = await createNumbersModule(client).getAllNumbers();
  for (const item of items) report(`${item.number}  ${item.type}  → ${item.endpointId || '(none)'}`);
  report(`${items.length} numbers`);
});
