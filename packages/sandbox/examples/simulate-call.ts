import { createSandbox } from '@sipgateio/sandbox';

const sandbox = await createSandbox();
const transcript = await sandbox.simulateIncomingCall({
  from: '+4915791234567',
  to: '+4921100000000',
  webhookUrl: 'http://127.0.0.1:3000/', // default: the incomingUrl setting
  dtmf: ['1'], // digits per Gather, in order
  answer: true, // does the callee pick up?
});
console.log(transcript.events, transcript.xml, transcript.finalState);
await sandbox.stop();
