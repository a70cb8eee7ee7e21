import { sipgateIO } from '@sipgateio/core';
import { createNumbersModule, NumberResponseItemType } from '@sipgateio/numbers';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const numbers = createNumbersModule(client);

// One page, as the API returns it: { items: [...] }
const firstPage = await numbers.getAllNumbers({ offset: 0, limit: 10 });
console.log(`${firstPage.items.length} numbers on the first page`);

// Every number of the account, page by page, one page in memory at a time.
for await (const entry of numbers.iterateAll({ pageSize: 100 })) {
  if (entry.type === NumberResponseItemType.MOBILE && entry.mnpState?.isReleased) {
    console.log(
      `${entry.number} is released for porting until ${entry.mnpState.releasedUntil.toISOString()}`,
    );
  } else {
    console.log(`${entry.localized} → ${entry.endpointAlias} (${entry.endpointId})`);
  }
}
