// Runs inside Chromium: what a browser user meets when calling the Node-only webhook server. A namespace
// import, so that this file type-checks against the main entry's types (TypeScript ignores the `browser`
// condition) while esbuild picks the `browser` entry.
import * as sipgateio from 'sipgateio';

function tryWebhookModule(): { name: string; message: string } | 'no error' {
  try {
    (sipgateio as unknown as { createWebhookModule(): unknown }).createWebhookModule();
    return 'no error';
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

(globalThis as { tryWebhookModule?: typeof tryWebhookModule }).tryWebhookModule = tryWebhookModule;
