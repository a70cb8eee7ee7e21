import { isoTime, type SandboxContext } from './context.js';
import { newId } from './random.js';
import type { SandboxHistoryEntry } from './state.types.js';

/** Adds an entry for something that happened now (SMS, fax, call) at the top of the history. */
export function addHistoryEntry(
  context: SandboxContext,
  entry: Partial<SandboxHistoryEntry> & { id: string },
): void {
  const now = isoTime(context.now());
  const own = '+4921100000000';
  context.state.history.unshift({
    source: own,
    target: '',
    sourceAlias: 'Ada Lovelace',
    targetAlias: '',
    type: 'CALL',
    created: now,
    lastModified: now,
    direction: 'OUTGOING',
    incoming: false,
    status: 'PICKUP',
    connectionIds: [],
    read: true,
    archived: false,
    note: '',
    endpoints: [],
    starred: false,
    labels: [],
    ...entry,
  });
}

/** Records a finished call in the history (hung up over RTCM, or played by the simulator). */
export function addCallHistory(
  context: SandboxContext,
  call: {
    callId: string;
    source: string;
    target: string;
    durationSeconds: number;
    recorded: boolean;
    direction?: SandboxHistoryEntry['direction'];
    status?: SandboxHistoryEntry['status'];
    callStatus?: string;
  },
): void {
  const direction = call.direction ?? 'OUTGOING';
  addHistoryEntry(context, {
    id: newId(),
    type: 'CALL',
    source: call.source,
    target: call.target,
    sourceAlias: direction.endsWith('INCOMING') ? '' : 'Ada Lovelace',
    targetAlias: direction.endsWith('INCOMING') ? 'Ada Lovelace' : '',
    direction,
    incoming: direction.endsWith('INCOMING'),
    status: call.status ?? 'PICKUP',
    read: !direction.startsWith('MISSED'),
    connectionIds: ['p0'],
    callId: call.callId,
    duration: call.durationSeconds,
    callStatus: call.callStatus ?? 'SUCCESS',
    recordings: call.recorded
      ? [{ id: `r${call.callId}`, url: `${context.state.filesUrl}/recordings/${call.callId}.wav` }]
      : [],
  });
}
