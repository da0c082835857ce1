import { XMLParser } from 'fast-xml-parser';
import { checkSubsonicAnswer } from './subsonic-schema.js';

/**
 * Raw Subsonic calls read as a client's XML parser sees them (attributes as strings, text as #text),
 * for the tests of the wire shape; support/subsonic-client.ts has the typed, schema-mapped ones.
 */
export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed subsonic-response (JSON as sent; XML with attributes as fields). */
  response: Record<string, unknown>;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false });

/** A Subsonic call over plain HTTP, as curl would make it; GET unless a form body is given. Not for media. */
export async function subsonicCall(
  baseUrl: string,
  method: string,
  params: Record<string, string | string[]> = {},
  options: { post?: boolean; suffix?: string } = {},
): Promise<RawAnswer> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  const url = `${baseUrl}/rest/${method}${options.suffix ?? ''}`;
  const response = options.post
    ? await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: search.toString(),
      })
    : await fetch(`${url}?${search}`);
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  // Every answer is checked against the Subsonic 1.16.1 + OpenSubsonic definitions before a test reads it.
  checkSubsonicAnswer(contentType, text);
  const parsed = contentType.includes('json') ? JSON.parse(text) : xml.parse(text);
  return { status: response.status, contentType, text, response: parsed['subsonic-response'] ?? {} };
}

/** The Subsonic error code of an answer, or undefined when it succeeded. */
export const subsonicErrorCode = (answer: RawAnswer) => {
  const error = answer.response.error as { code?: number | string } | undefined;
  return error?.code === undefined ? undefined : Number(error.code);
};
