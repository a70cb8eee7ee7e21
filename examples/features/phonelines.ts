/**
 * After hours on the main line: forward to the mobile after 20 seconds, send anonymous callers to the voicemail,
 * play an after-hours greeting; then open a support line that rings on the desk phone.
 */
import { createPhonelinesModule } from 'sipgateio';
import { report, runExample } from './connect.js';

// A few bytes stand in for an MP3 file here; read a real one with fs.readFile.
const AFTER_HOURS_AUDIO = new TextEncoder().encode('ID3 after-hours greeting');

runExample('Phonelines', async ({ client }) => {
  const phonelines = createPhonelinesModule(client);
  const [main] = await phonelines.listPhonelines();
  if (!main) throw new Error('the web user has no phoneline');
  report(
    `main line: ${main.id} "${main.alias}", numbers ${(await phonelines.listNumbers(main.id)).map((n) => n.number).join(', ')}`,
  );

  await phonelines.setForwardings(main.id, [{ destination: '+4915799912345', timeout: 20, active: true }]);
  for (const forwarding of await phonelines.getForwardings(main.id)) {
    report(`forwards to ${forwarding.destination} after ${forwarding.timeout} s`);
  }
  const blockAnonymous = await phonelines.setBlockAnonymous(main.id, { enabled: true, target: 'VOICEMAIL' });
  report(`anonymous callers: ${blockAnonymous.enabled ? blockAnonymous.target : 'let through'}`);

  const [voicemail] = await phonelines.listVoicemails(main.id);
  if (voicemail) {
    const greetings = await phonelines.uploadGreeting(main.id, {
      voicemailId: voicemail.id,
      filename: 'after-hours.mp3',
      fileContent: AFTER_HOURS_AUDIO,
    });
    const uploaded = greetings.find((greeting) => greeting.alias === 'after-hours.mp3');
    if (uploaded) {
      await phonelines.activateGreeting(main.id, { voicemailId: voicemail.id, greetingId: uploaded.id });
      report(`voicemail ${voicemail.id} plays "${uploaded.alias}"`);
    }
  }

  const support = await phonelines.createPhoneline({ alias: 'Support hotline' });
  await phonelines.assignDevice(support.id, 'e0');
  const devices = await phonelines.listDevices(support.id);
  report(
    `created ${support.id} "${support.alias}", rings on ${devices.map((device) => device.id).join(', ')}`,
  );
});
