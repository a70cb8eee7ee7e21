import { SipgateIOValidationError } from '@sipgateio/core';

/**
 * A tiny XML writer for the handful of elements sipgate.io understands. It is our own (no xml-js, no
 * builder library) because the original's xml-js escaped only `"` in attributes (a serverAddress with `&` broke the XML) and the vocabulary
 * is five elements deep at most: escaping every attribute and text value here is 30 lines we can test
 * exhaustively (see xml.test.ts, a property test with a real parser).
 */
export interface XmlElement {
  name: string;
  attributes: ReadonlyArray<readonly [string, string]>;
  children: ReadonlyArray<XmlElement | string>;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

// XML 1.0 Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (surrogate pairs).
const INVALID_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** True when `value` contains only characters XML 1.0 can carry. */
export function isXmlText(value: string): boolean {
  return !INVALID_XML_CHARACTER.test(value);
}

/** Throws a validation error naming `field` when `value` cannot be written into XML. */
export function assertXmlText(value: string, field: string): void {
  if (!isXmlText(value)) {
    throw new SipgateIOValidationError(
      `Invalid ${field}: it contains a control character that XML cannot carry.`,
      field,
    );
  }
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // Parsers normalise literal tab/newline in attribute values to spaces; character references survive.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Escapes element text. */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character] as string);
}

/** Escapes a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (character) => ATTRIBUTE_ESCAPES[character] as string);
}

function checkName(name: string): string {
  if (!XML_NAME.test(name)) {
    throw new SipgateIOValidationError(
      `Invalid XML element or attribute name: ${JSON.stringify(name)}.`,
      'response',
    );
  }
  return name;
}

function checkValue(value: string, field: string): string {
  assertXmlText(value, field);
  return value;
}

/** Serialises one element (no declaration). Throws a validation error for unrepresentable names or values. */
export function serializeElement(element: XmlElement): string {
  const name = checkName(element.name);
  let output = `<${name}`;
  for (const [attribute, value] of element.attributes) {
    output += ` ${checkName(attribute)}="${escapeAttribute(checkValue(value, attribute))}"`;
  }
  if (element.children.length === 0) return `${output}/>`;
  output += '>';
  for (const child of element.children) {
    output += typeof child === 'string' ? escapeText(checkValue(child, name)) : serializeElement(child);
  }
  return `${output}</${name}>`;
}

/** Serialises a document: declaration, newline, root element. */
export function serializeDocument(root: XmlElement): string {
  return `${XML_DECLARATION}\n${serializeElement(root)}`;
}
