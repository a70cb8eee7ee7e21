import { SipgateIOValidationError } from '@sipgateio/core';
import type { ResponseObject } from './webhook.types.js';
import { serializeDocument, type XmlElement } from './xml.js';

/** Follow-up URLs the handler adds to a response. */
export interface FollowUpAddresses {
  onAnswer?: string;
  onHangup?: string;
  /** Set on `<Gather>` when a dtmf handler exists. */
  onData?: string;
}

const ACTIONS = new Set(['Dial', 'Play', 'Gather', 'Reject', 'Hangup']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Turns one value of the original's xml-js "compact" shape (`{ _attributes, Child: … }`, strings as text,
 * arrays as repeated elements) into elements. Only own keys are read, so nothing comes from a prototype.
 */
function toElements(name: string, value: unknown, extraAttributes: [string, string][] = []): XmlElement[] {
  if (Array.isArray(value)) return value.flatMap((item) => toElements(name, item));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return [{ name, attributes: extraAttributes, children: [String(value)] }];
  }
  if (value === undefined || value === null) return [{ name, attributes: extraAttributes, children: [] }];
  if (!isPlainObject(value)) {
    throw new SipgateIOValidationError(
      `Invalid response: <${name}> must be an object, a string or an array.`,
      'response',
    );
  }
  const attributes: [string, string][] = [];
  const children: XmlElement[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === '_attributes') {
      if (!isPlainObject(child)) {
        throw new SipgateIOValidationError(
          `Invalid response: _attributes of <${name}> must be an object.`,
          'response',
        );
      }
      for (const [attribute, attributeValue] of Object.entries(child)) {
        if (attributeValue !== undefined && attributeValue !== null)
          attributes.push([attribute, String(attributeValue)]);
      }
    } else {
      children.push(...toElements(key, child));
    }
  }
  for (const [attribute, attributeValue] of extraAttributes) {
    const index = attributes.findIndex(([existing]) => existing === attribute);
    if (index >= 0) attributes[index] = [attribute, attributeValue];
    else attributes.push([attribute, attributeValue]);
  }
  return [{ name, attributes, children }];
}

/**
 * Builds the `<Response>` document for a handler's result without touching the caller's object.
 * @throws {SipgateIOValidationError} when the result is not a response object, or contains a Gather while
 * no dtmf handler is registered.
 */
export function buildResponseDocument(
  result: ResponseObject | undefined,
  addresses: FollowUpAddresses,
): string {
  const rootAttributes: [string, string][] = [];
  if (addresses.onAnswer !== undefined) rootAttributes.push(['onAnswer', addresses.onAnswer]);
  if (addresses.onHangup !== undefined) rootAttributes.push(['onHangup', addresses.onHangup]);
  const children: XmlElement[] = [];
  if (result !== undefined) {
    if (!isPlainObject(result)) {
      throw new SipgateIOValidationError(
        'Invalid response: a handler must return an object from WebhookResponse (or nothing).',
        'response',
      );
    }
    for (const [action, value] of Object.entries(result)) {
      if (!ACTIONS.has(action)) {
        throw new SipgateIOValidationError(
          `Invalid response: unknown action <${action}>. Use the WebhookResponse builders.`,
          'response',
        );
      }
      if (action === 'Gather') {
        if (addresses.onData === undefined) {
          throw new SipgateIOValidationError(
            'A Gather response needs a dtmf handler: register one with onData(…) (and set serverAddress) so sipgate can send the gathered digits.',
            'response',
          );
        }
        children.push(...toElements(action, value, [['onData', addresses.onData]]));
      } else {
        children.push(...toElements(action, value));
      }
    }
  }
  return serializeDocument({ name: 'Response', attributes: rootAttributes, children });
}
