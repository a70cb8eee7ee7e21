import { expect, it } from 'vitest';
import * as main from './index.js';
import * as web from './web.js';

it('the ./web entry is the main entry minus the node:http server and adapter', () => {
  const nodeOnly = ['FluentWebhookServer', 'createWebhookModule', 'toNodeListener'];
  expect(Object.keys(web).sort()).toEqual(
    Object.keys(main)
      .filter((name) => !nodeOnly.includes(name))
      .sort(),
  );
});
