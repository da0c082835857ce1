import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from './support/stack.js';
import { subsonicCall, subsonicErrorCode } from './support/subsonic.js';

const [backend] = await testBackends();

describe('the Subsonic API: protocol', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack(backend!);
  });
  afterAll(() => stack?.close());

  it('answers getOpenSubsonicExtensions without credentials, in XML by default and JSON with f=json', async () => {
    const asXml = await subsonicCall(stack.gatewayUrl, 'getOpenSubsonicExtensions');
    expect(asXml.status).toBe(200);
    expect(asXml.contentType).toContain('text/xml');
    expect(asXml.text).toContain('xmlns="http://subsonic.org/restapi"');
    expect(asXml.response).toMatchObject({ status: 'ok', version: '1.16.1', type: 'sp0t1fy', openSubsonic: 'true' });
    const asJson = await subsonicCall(stack.gatewayUrl, 'getOpenSubsonicExtensions.view', { f: 'json' });
    expect(asJson.response).toMatchObject({
      status: 'ok',
      openSubsonic: true,
      openSubsonicExtensions: [
        { name: 'apiKeyAuthentication', versions: [1] },
        { name: 'formPost', versions: [1] },
      ],
    });
  });

  it('answers an unknown method, JSONP and missing credentials as Subsonic errors, never a 404 page', async () => {
    const unknown = await subsonicCall(stack.gatewayUrl, 'getEverything', { f: 'json' });
    expect(unknown.status).toBe(200);
    expect(unknown.response).toMatchObject({ status: 'failed', error: { code: 0 } });
    const jsonp = await subsonicCall(stack.gatewayUrl, 'ping', { f: 'jsonp', callback: 'cb' });
    expect(subsonicErrorCode(jsonp)).toBe(0);
    expect(jsonp.contentType).toContain('json');
    const anonymous = await subsonicCall(stack.gatewayUrl, 'ping', { v: '1.16.1', c: 'test' }, { post: true });
    expect(subsonicErrorCode(anonymous)).toBe(10);
    const conflicting = await subsonicCall(stack.gatewayUrl, 'ping', { apiKey: 'x', u: 'someone' });
    expect(subsonicErrorCode(conflicting)).toBe(43);
  });
});
