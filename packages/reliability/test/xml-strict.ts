import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Checks a response document against the XML 1.0 productions it may use (declaration, elements, attributes,
 * text, the five entity references and character references, the Char production). fast-xml-parser's
 * validator is lax about `<` inside attribute values and about control characters, so both are checked.
 */
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
const INVALID_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
const REFERENCE = '&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})="((?:[^<&"]|${REFERENCE})*)"`, 'uy');
const START_NAME = new RegExp(`<(${NAME})`, 'y');
const START_END = /\s*(\/?)>/y;
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const TEXT = new RegExp(`(?:[^<&]|${REFERENCE})+`, 'uy');

export interface XmlShape {
  /** Every element name, in document order. */
  elements: string[];
  /** Every `element@attribute`, in document order. */
  attributes: string[];
}

/** Throws with a reason unless `xml` is well-formed; returns the element and attribute names it contains. */
export function checkWellFormed(xml: string): XmlShape {
  if (!xml.startsWith(DECLARATION)) throw new Error('missing XML declaration');
  if (INVALID_CHARACTER.test(xml)) throw new Error('character outside the XML Char production');
  if (XMLValidator.validate(xml) !== true)
    throw new Error(`fast-xml-parser: ${JSON.stringify(XMLValidator.validate(xml))}`);
  const shape: XmlShape = { elements: [], attributes: [] };
  const stack: string[] = [];
  let roots = 0;
  let position = DECLARATION.length;
  const at = (pattern: RegExp) => {
    pattern.lastIndex = position;
    const match = pattern.exec(xml);
    if (match) position = pattern.lastIndex;
    return match;
  };
  while (position < xml.length) {
    const start = at(START_NAME);
    if (start) {
      const name = start[1] as string;
      if (stack.length === 0 && ++roots > 1) throw new Error('more than one root element');
      shape.elements.push(name);
      const seen = new Set<string>();
      for (let attribute = at(ATTRIBUTE); attribute; attribute = at(ATTRIBUTE)) {
        const attributeName = attribute[1] as string;
        if (seen.has(attributeName)) throw new Error(`duplicate attribute ${attributeName}`);
        seen.add(attributeName);
        shape.attributes.push(`${name}@${attributeName}`);
      }
      const close = at(START_END);
      if (!close) throw new Error(`malformed start tag <${name} at ${position}`);
      if (close[1] !== '/') stack.push(name);
      continue;
    }
    const end = at(END_TAG);
    if (end) {
      if (stack.pop() !== end[1]) throw new Error(`unexpected </${end[1]}>`);
      continue;
    }
    const text = at(TEXT);
    if (text) {
      if (stack.length === 0) throw new Error('text outside the root element');
      if (text[0].includes(']]>')) throw new Error(']]> in text');
      continue;
    }
    throw new Error(
      `unexpected markup at ${position}: ${JSON.stringify(xml.slice(position, position + 20))}`,
    );
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('><')}>`);
  if (roots !== 1) throw new Error('no root element');
  return shape;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  isArray: () => true,
});

// biome-ignore lint/suspicious/noExplicitAny: a parsed document is walked by name in the tests.
export type ParsedXml = Record<string, any>;

/** Parses a checked document into arrays of elements (`{ Response: [{ '@onAnswer': [...], Dial: [...] }] }`). */
export function parseXml(xml: string): ParsedXml {
  return parser.parse(xml) as ParsedXml;
}
