import { XMLBuilder } from 'fast-xml-parser';
import type { SubsonicError } from './errors.js';
import type { ResponseBody } from './shapes.js';

export const API_VERSION = '1.16.1';
export const SERVER_TYPE = 'sp0t1fy';
export const SERVER_VERSION = '0.0.0';

export type ResponseFormat = 'xml' | 'json';

export interface WrittenResponse {
  contentType: string;
  body: string;
}

const xml = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

function envelope(status: 'ok' | 'failed', body: ResponseBody) {
  return {
    status,
    version: API_VERSION,
    type: SERVER_TYPE,
    serverVersion: SERVER_VERSION,
    openSubsonic: true,
    ...body,
  };
}

export function okResponse(format: ResponseFormat, body: ResponseBody = {}): WrittenResponse {
  return write(format, envelope('ok', body));
}

export function errorResponse(format: ResponseFormat, error: SubsonicError): WrittenResponse {
  return write(format, envelope('failed', { error: { code: error.code, message: error.message } }));
}

function write(format: ResponseFormat, response: ResponseBody): WrittenResponse {
  if (format === 'json') {
    return {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ 'subsonic-response': withoutEmptyLists(response) }),
    };
  }
  const root = { '@_xmlns': 'http://subsonic.org/restapi', ...toXmlNode(response) };
  return {
    contentType: 'text/xml; charset=utf-8',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml.build({ 'subsonic-response': root })}`,
  };
}

type XmlNode = Record<string, unknown>;

/**
 * The XSD's convention: scalars are attributes, objects child elements, arrays repeated elements,
 * `value` the element's text (a genre's name, lyrics).
 */
function toXmlNode(value: ResponseBody): XmlNode {
  const node: XmlNode = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === null) continue;
    if (Array.isArray(field)) {
      node[key] = field.map((item) => (isObject(item) ? toXmlNode(item) : { '#text': String(item) }));
    } else if (isObject(field)) {
      node[key] = toXmlNode(field);
    } else if (key === 'value') {
      node['#text'] = String(field);
    } else {
      node[`@_${key}`] = String(field);
    }
  }
  return node;
}

/** Navidrome (and the clients written against it) leave out empty lists, as XML does. */
function withoutEmptyLists(value: ResponseBody): ResponseBody {
  const out: ResponseBody = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === null) continue;
    if (Array.isArray(field)) {
      if (field.length === 0) continue;
      out[key] = field.map((item) => (isObject(item) ? withoutEmptyLists(item) : item));
    } else if (isObject(field)) {
      out[key] = withoutEmptyLists(field);
    } else {
      out[key] = field;
    }
  }
  return out;
}

const isObject = (value: unknown): value is ResponseBody =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
