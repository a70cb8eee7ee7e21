import { isoTime } from './context.js';
import { createRandom, type Random } from './random.js';
import { FILES_PATH } from './routes/downloads.js';
import type { SandboxHistoryEntry } from './state.types.js';

/** The newest generated entry is this old; fixed so that the same seed always gives the same history. */
export const HISTORY_ANCHOR = Date.UTC(2025, 5, 1, 12, 0, 0);

const OWN = { number: '+4921100000000', alias: 'Ada Lovelace', extension: 'p0' };
const PEOPLE = [
  { number: '+4915791234567', alias: 'Grace Hopper' },
  { number: '+4930123456789', alias: 'Alan Turing' },
  { number: '+4989987654321', alias: '' },
  { number: '+441632960123', alias: 'Tim Berners-Lee' },
  { number: '+4917612345678', alias: 'Katherine Johnson' },
  { number: 'anonymous', alias: '' },
] as const;
const SMS_TEXTS = [
  'Call me back, please.',
  'Running 10 minutes late.',
  'See you at 3 pm.',
  'Ok 👍',
  'Thanks!',
];
const TRANSCRIPTS = ['Hello, this is Grace. Please call me back.', 'Quick question about the invoice.', ''];

/** Generates a deterministic history: entry `i` is the same for the same seed, whatever the size. */
export function generateHistory(options: {
  seed: number;
  historySize: number;
  /** Where the sandbox serves recordings and fax documents; default the path `/files`. */
  filesUrl?: string;
}): SandboxHistoryEntry[] {
  const random = createRandom(options.seed);
  const entries: SandboxHistoryEntry[] = [];
  let time = HISTORY_ANCHOR;
  for (let index = 0; index < options.historySize; index += 1) {
    time -= random.int(5, 600) * 60_000;
    entries.push(generateEntry(random, index, new Date(time), options.filesUrl ?? FILES_PATH));
  }
  return entries;
}

function generateEntry(random: Random, index: number, created: Date, files: string): SandboxHistoryEntry {
  const type = random.pick(['CALL', 'CALL', 'CALL', 'SMS', 'FAX', 'VOICEMAIL'] as const);
  const other = random.pick(PEOPLE);
  const outgoing = type !== 'VOICEMAIL' && random.chance(0.4);
  const missed = type === 'CALL' && random.chance(0.25);
  const direction = outgoing
    ? missed
      ? 'MISSED_OUTGOING'
      : 'OUTGOING'
    : missed
      ? 'MISSED_INCOMING'
      : 'INCOMING';
  const base: SandboxHistoryEntry = {
    id: String(100_000_000 + index),
    source: outgoing ? OWN.number : other.number,
    target: outgoing ? other.number : OWN.number,
    sourceAlias: outgoing ? OWN.alias : other.alias,
    targetAlias: outgoing ? other.alias : OWN.alias,
    type,
    created: isoTime(created),
    lastModified: isoTime(new Date(created.getTime() + random.int(0, 3600) * 1000)),
    direction,
    incoming: !outgoing,
    status: missed ? 'NOPICKUP' : 'PICKUP',
    connectionIds: [
      type === 'FAX' ? 'f0' : type === 'SMS' ? 's0' : type === 'VOICEMAIL' ? 'v0' : OWN.extension,
    ],
    read: random.chance(0.7),
    archived: random.chance(0.1),
    note: random.chance(0.1) ? 'Follow up' : '',
    endpoints: [
      { type: 'ROUTED', endpoint: { extension: OWN.extension, type: type === 'FAX' ? 'FAX' : 'PHONELINE' } },
    ],
    starred: random.chance(0.15),
    labels: random.chance(0.1) ? ['important'] : [],
  };
  return { ...base, ...typeSpecificFields(random, type, base, missed, files) };
}

function typeSpecificFields(
  random: Random,
  type: SandboxHistoryEntry['type'],
  base: SandboxHistoryEntry,
  missed: boolean,
  files: string,
): Record<string, unknown> {
  switch (type) {
    case 'CALL': {
      const recorded = !missed && random.chance(0.2);
      return {
        callId: random.hex(32).toUpperCase(),
        duration: missed ? 0 : random.int(5, 1800),
        callStatus: missed ? random.pick(['MISSED', 'BUSY', 'REJECTED'] as const) : 'SUCCESS',
        recordings: recorded ? [{ id: `r${base.id}`, url: `${files}/recordings/${base.id}.wav` }] : [],
      };
    }
    case 'FAX':
      return {
        faxStatusType: random.pick(['SENT', 'SENT', 'SENT', 'FAILED'] as const),
        scheduled: null,
        ...faxFileUrls(files, base.id),
        pageCount: random.int(1, 12),
      };
    case 'SMS':
      return { smsContent: random.pick(SMS_TEXTS), scheduled: null };
    default:
      return {
        transcription: random.pick(TRANSCRIPTS),
        recordingUrl: `${files}/voicemails/${base.id}.wav`,
        duration: random.int(3, 120),
      };
  }
}

/** The document, report and preview URLs of fax `id`. */
export function faxFileUrls(files: string, id: string) {
  return {
    documentUrl: `${files}/faxes/${id}.pdf`,
    reportUrl: `${files}/faxes/${id}-report.pdf`,
    previewUrl: `${files}/faxes/${id}.png`,
  };
}
