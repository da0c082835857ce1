import { XMLParser } from 'fast-xml-parser';
import { sendSubsonic } from './subsonic-client.js';
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

/** A Subsonic call over plain HTTP, as curl would make it; GET unless post. Not for media. */
export async function subsonicCall(
  baseUrl: string,
  method: string,
  params: Record<string, string | string[]> = {},
  options: { post?: boolean; suffix?: string } = {},
): Promise<RawAnswer> {
  const answer = await sendSubsonic(baseUrl, method, params, options);
  // Every answer is checked against the Subsonic 1.16.1 + OpenSubsonic definitions before a test reads it.
  checkSubsonicAnswer(answer.contentType, answer.text);
  const parsed = answer.contentType.includes('json') ? JSON.parse(answer.text) : xml.parse(answer.text);
  return { ...answer, response: parsed['subsonic-response'] ?? {} };
}

/** The Subsonic error code of an answer, or undefined when it succeeded. */
export const subsonicErrorCode = (answer: RawAnswer) => {
  const error = answer.response.error as { code?: number | string } | undefined;
  return error?.code === undefined ? undefined : Number(error.code);
};
