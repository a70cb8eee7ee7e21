// Runs inside Chromium from a code-split bundle: the features the browser builds load on first use.
import { createSMSModule, sipgateIO } from 'sipgateio';

export interface LazyConfig {
  baseUrl: string;
  tokenId: string;
  token: string;
  from: string;
  to: string;
}

export interface LazyReport {
  userinfoSub: unknown;
  foreignExtensions: unknown;
  downloaded: string;
}

async function runLazyScenario(config: LazyConfig): Promise<LazyReport> {
  const client = sipgateIO({ tokenId: config.tokenId, token: config.token }, { baseUrl: config.baseUrl });
  // Sending from a phone number (sms's lazily loaded flow), then client.request and the foreign-client adapter.
  await createSMSModule(client).send({ from: config.from, to: config.to, message: 'From a number' });
  const userinfo = await client.request('GET /authorization/userinfo');
  // A copy made with spread is not our client: the module talks to it through the adapter.
  const foreignExtensions = await createSMSModule({ ...client }).getSmsExtensions('w0');
  // Another origin than the API's (the page's own): an anonymous GET.
  const download = await client.download(`${location.origin}/page.js`);
  const downloaded = new TextDecoder().decode(await download.bytes());
  return { userinfoSub: userinfo.sub, foreignExtensions, downloaded: downloaded.slice(0, 40) };
}

(globalThis as { runLazyScenario?: typeof runLazyScenario }).runLazyScenario = runLazyScenario;
