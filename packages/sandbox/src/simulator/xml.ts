import { XMLParser } from 'fast-xml-parser';

/** One instruction of a webhook's XML answer. */
export type XmlAction =
  | { kind: 'none' }
  | { kind: 'dial'; numbers: string[]; voicemail: boolean; callerId?: string; anonymous?: string }
  | { kind: 'play'; url: string }
  | { kind: 'gather'; onData: string; maxDigits: number; timeout: number; playUrl?: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'hangup' };

/** The parsed `<Response>`: subscriptions and the action. */
export interface XmlInstruction {
  onAnswer?: string;
  onHangup?: string;
  action: XmlAction;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'Number',
});

type Node = Record<string, unknown>;

function asNode(value: unknown): Node {
  return typeof value === 'object' && value !== null ? (value as Node) : {};
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  return typeof node['#text'] === 'string' ? (node['#text'] as string).trim() : '';
}

function attribute(node: Node, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' ? value : undefined;
}

/** Parses a webhook's XML answer; an empty body or `<Response/>` means "no action". Throws on malformed XML. */
export function parseXmlResponse(xml: string): XmlInstruction {
  if (xml.trim() === '') return { action: { kind: 'none' } };
  const document = asNode(parser.parse(xml, true));
  if (!('Response' in document)) throw new Error('The XML answer has no <Response> root element');
  const response = asNode(document.Response);
  const instruction: XmlInstruction = { action: readAction(response) };
  const onAnswer = attribute(response, 'onAnswer');
  const onHangup = attribute(response, 'onHangup');
  if (onAnswer) instruction.onAnswer = onAnswer;
  if (onHangup) instruction.onHangup = onHangup;
  return instruction;
}

function readAction(response: Node): XmlAction {
  if ('Dial' in response) {
    const dial = asNode(response.Dial);
    const numbers = ((dial.Number as unknown[]) ?? []).map(text).filter(Boolean);
    const callerId = attribute(dial, 'callerId');
    const anonymous = attribute(dial, 'anonymous');
    return {
      kind: 'dial',
      numbers,
      voicemail: 'Voicemail' in dial,
      ...(callerId === undefined ? {} : { callerId }),
      ...(anonymous === undefined ? {} : { anonymous }),
    };
  }
  if ('Play' in response) return { kind: 'play', url: text(asNode(response.Play).Url) };
  if ('Gather' in response) {
    const gather = asNode(response.Gather);
    const onData = attribute(gather, 'onData');
    if (!onData) throw new Error('<Gather> needs an onData attribute');
    const playUrl = 'Play' in gather ? text(asNode(gather.Play).Url) : undefined;
    return {
      kind: 'gather',
      onData,
      maxDigits: Number(attribute(gather, 'maxDigits') ?? 1),
      timeout: Number(attribute(gather, 'timeout') ?? 2000),
      ...(playUrl ? { playUrl } : {}),
    };
  }
  if ('Reject' in response)
    return { kind: 'reject', reason: attribute(asNode(response.Reject), 'reason') ?? 'rejected' };
  if ('Hangup' in response) return { kind: 'hangup' };
  return { kind: 'none' };
}
