import { describe, expect, it } from 'vitest';
import { checkSubsonicAnswer, checkSubsonicJson, checkSubsonicXml } from './support/subsonic-schema.js';

// The schema check itself, on hand-written answers: what it accepts and what it must refuse, so the
// integration suites' "passes the schema" means something.

const ENVELOPE = 'status="ok" version="1.16.1" type="sp0t1fy" serverVersion="1.0.0" openSubsonic="true"';
const xml = (body: string, attributes = ENVELOPE) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<subsonic-response xmlns="http://subsonic.org/restapi" ${attributes}>${body}</subsonic-response>`;
const json = (payload: Record<string, unknown>, envelope: Record<string, unknown> = {}) => ({
  'subsonic-response': {
    status: 'ok',
    version: '1.16.1',
    type: 'sp0t1fy',
    serverVersion: '1.0.0',
    openSubsonic: true,
    ...envelope,
    ...payload,
  },
});

const song = {
  id: 's1',
  parent: 'al-a1',
  isDir: false,
  title: 'Song & "One"',
  album: 'Album',
  artist: 'Artist',
  track: 1,
  year: 2020,
  size: 123456,
  contentType: 'audio/mpeg',
  suffix: 'mp3',
  duration: 180,
  bitRate: 192,
  created: '2026-01-02T03:04:05.678Z',
  albumId: 'al-a1',
  artistId: 'ar-r1',
  type: 'music',
  mediaType: 'song',
  genres: [{ name: 'Rock' }],
};
const songXml =
  'id="s1" parent="al-a1" isDir="false" title="Song &amp; &quot;One&quot;" album="Album" artist="Artist" track="1" year="2020" size="123456" contentType="audio/mpeg" suffix="mp3" duration="180" bitRate="192" created="2026-01-02T03:04:05.678Z" albumId="al-a1" artistId="ar-r1" type="music" mediaType="song"';

describe('the Subsonic schema check', () => {
  it('accepts a ping in both forms and refuses an envelope without its required attributes', () => {
    expect(checkSubsonicXml(xml('')).status).toBe('ok');
    expect(checkSubsonicJson(JSON.stringify(json({}))).version).toBe('1.16.1');
    expect(() => checkSubsonicXml(xml('', 'status="ok" version="1.16.1"'))).toThrow(/type|openSubsonic/);
    expect(() => checkSubsonicJson(json({}, { status: 'fine' }))).toThrow(/status/);
    expect(() => checkSubsonicJson(json({}, { version: '1.16' }))).toThrow(/version/);
    expect(() => checkSubsonicXml(xml('', `${ENVELOPE.replace('openSubsonic="true"', 'openSubsonic="yes"')}`))).toThrow(
      /openSubsonic/,
    );
  });

  it('refuses XML outside the Subsonic namespace, and JSON without its one subsonic-response key', () => {
    expect(() => checkSubsonicXml(`<subsonic-response ${ENVELOPE}/>`)).toThrow(/namespace/);
    expect(() => checkSubsonicXml(`<response xmlns="http://subsonic.org/restapi" ${ENVELOPE}/>`)).toThrow(/root/);
    expect(() => checkSubsonicXml('<subsonic-response')).toThrow(/well-formed|root/);
    expect(() => checkSubsonicJson({ status: 'ok' })).toThrow(/subsonic-response/);
    expect(() => checkSubsonicJson('not json')).toThrow(/not JSON/);
  });

  it('reads an error both ways and ties it to status failed', () => {
    const failedXml = xml(
      '<error code="40" message="Wrong username or password"/>',
      ENVELOPE.replace('status="ok"', 'status="failed"'),
    );
    expect(checkSubsonicXml(failedXml).error).toEqual({ code: 40, message: 'Wrong username or password' });
    expect(checkSubsonicJson(json({ error: { code: 70, message: 'nope' } }, { status: 'failed' })).error?.code).toBe(
      70,
    );
    expect(() => checkSubsonicJson(json({ error: { code: 70 } }))).toThrow(/status "ok" with an error/);
    expect(() => checkSubsonicJson(json({}, { status: 'failed' }))).toThrow(/without an error/);
    expect(() => checkSubsonicXml(xml('<error code="forty"/>', ENVELOPE.replace('ok', 'failed')))).toThrow(
      /error.code/,
    );
    expect(() => checkSubsonicJson(json({ error: { code: '40' } }, { status: 'failed' }))).toThrow(/error.code/);
  });

  it('types Child attributes from XML by the XSD (int, long, boolean, dateTime) and refuses wrong lexical forms', () => {
    const parsed = checkSubsonicXml(xml(`<song ${songXml}><genres name="Rock"/></song>`));
    expect(parsed.song).toEqual(song);
    expect(checkSubsonicJson(json({ song })).song).toEqual(song);
    expect(() => checkSubsonicXml(xml(`<song ${songXml.replace('track="1"', 'track="one"')}/>`))).toThrow(/song.track/);
    expect(() => checkSubsonicXml(xml(`<song ${songXml.replace('isDir="false"', 'isDir="no"')}/>`))).toThrow(
      /song.isDir/,
    );
    expect(() =>
      checkSubsonicXml(xml(`<song ${songXml.replace('created="2026-01-02T03:04:05.678Z"', 'created="yesterday"')}/>`)),
    ).toThrow(/song.created/);
    expect(() => checkSubsonicXml(xml(`<song ${songXml.replace('year="2020"', 'year="99999999999"')}/>`))).toThrow(
      /song.year/,
    );
    expect(() => checkSubsonicXml(xml(`<song ${songXml.replace('track="1"', 'track="1.5"')}/>`))).toThrow(/song.track/);
    expect(checkSubsonicXml(xml(`<song ${songXml} averageRating="4.5"/>`)).song?.averageRating).toBe(4.5);
    // required attributes
    expect(() => checkSubsonicXml(xml(`<song ${songXml.replace('title="Song &amp; &quot;One&quot;"', '')}/>`))).toThrow(
      /song.title/,
    );
    expect(() => checkSubsonicJson(json({ song: { ...song, isDir: undefined } }))).toThrow(/song.isDir/);
    // JSON numbers must be numbers, and fields no definition has are refused
    expect(() => checkSubsonicJson(json({ song: { ...song, duration: '180' } }))).toThrow(/song.duration/);
    expect(() => checkSubsonicJson(json({ song: { ...song, lenght: 3 } }))).toThrow(/lenght/);
    expect(() => checkSubsonicXml(xml(`<song ${songXml} lenght="3"/>`))).toThrow(/lenght/);
  });

  it('insists on attributes where the XSD has attributes and elements where it has elements', () => {
    expect(() => checkSubsonicXml(xml(`<song ${songXml.replace('track="1"', '')}><track>1</track></song>`))).toThrow(
      /song.track/,
    );
    expect(() => checkSubsonicXml(xml(`<song ${songXml} genres="Rock"/>`))).toThrow(/song.genres/);
  });

  it('treats repeated elements as lists, and a second single element as an error', () => {
    const artists = checkSubsonicXml(
      xml(
        '<artists ignoredArticles="The El La"><index name="A"><artist id="ar-1" name="ABBA" albumCount="2"/><artist id="ar-2" name="AC/DC" albumCount="0" starred="2026-01-01T00:00:00Z"/></index></artists>',
      ),
    ).artists;
    expect(artists?.index?.[0]?.artist?.map((entry) => entry.albumCount)).toEqual([2, 0]);
    const oneIndex = checkSubsonicXml(
      xml(
        '<artists ignoredArticles=""><index name="Z"><artist id="ar-3" name="Zappa" albumCount="1"/></index></artists>',
      ),
    );
    expect(oneIndex.artists?.index).toHaveLength(1);
    expect(() =>
      checkSubsonicJson(
        json({
          artists: { ignoredArticles: '', index: { name: 'Z', artist: [{ id: 'ar-3', name: 'Z', albumCount: 1 }] } },
        }),
      ),
    ).toThrow(/artists.index/);
    // ArtistID3 needs albumCount where it stands alone
    expect(() =>
      checkSubsonicXml(
        xml('<artists ignoredArticles=""><index name="Z"><artist id="ar-3" name="Z"/></index></artists>'),
      ),
    ).toThrow(/albumCount/);
    // the Response is a choice of one element
    expect(() => checkSubsonicXml(xml(`<song ${songXml}/><song ${songXml}/>`))).toThrow(/song/);
    expect(() => checkSubsonicJson(json({ song, license: { valid: true } }))).toThrow(/more than one payload/);
  });

  it('reads mixed content and simple repeated elements (genres, lyrics, playlist allowedUser, extension versions)', () => {
    expect(
      checkSubsonicXml(
        xml(
          '<genres><genre songCount="2" albumCount="1">Rock &amp; Roll</genre><genre songCount="0" albumCount="0"></genre></genres>',
        ),
      ).genres,
    ).toEqual({
      genre: [
        { songCount: 2, albumCount: 1, value: 'Rock & Roll' },
        { songCount: 0, albumCount: 0, value: '' },
      ],
    });
    expect(checkSubsonicXml(xml('<lyrics/>')).lyrics).toEqual({});
    expect(checkSubsonicXml(xml('<lyrics artist="A" title="T">la la</lyrics>')).lyrics?.value).toBe('la la');
    const extensions = checkSubsonicXml(
      xml(
        '<openSubsonicExtensions name="apiKeyAuthentication"><versions>1</versions></openSubsonicExtensions><openSubsonicExtensions name="songLyrics"><versions>1</versions><versions>2</versions></openSubsonicExtensions>',
      ),
    ).openSubsonicExtensions;
    expect(extensions).toEqual([
      { name: 'apiKeyAuthentication', versions: [1] },
      { name: 'songLyrics', versions: [1, 2] },
    ]);
    expect(() =>
      checkSubsonicXml(xml('<openSubsonicExtensions name="x"><versions>one</versions></openSubsonicExtensions>')),
    ).toThrow(/versions/);
    const playlist = checkSubsonicXml(
      xml(
        `<playlist id="pl-1" name="Mix" owner="a@b.c" public="false" songCount="1" duration="180" created="2026-01-01T00:00:00Z" changed="2026-01-01T00:00:00Z"><allowedUser>x</allowedUser><entry ${songXml}/></playlist>`,
      ),
    ).playlist;
    expect(playlist?.allowedUser).toEqual(['x']);
    expect(playlist?.entry?.[0]?.track).toBe(1);
    expect(() =>
      checkSubsonicXml(
        xml('<playlist id="pl-1" name="Mix" songCount="1" duration="180" created="2026-01-01T00:00:00Z"/>'),
      ),
    ).toThrow(/changed/);
    const lyricsList = checkSubsonicXml(
      xml(
        '<lyricsList><structuredLyrics lang="und" synced="true"><line start="0">One</line><line start="1500">Two</line></structuredLyrics></lyricsList>',
      ),
    ).lyricsList;
    expect(lyricsList?.structuredLyrics?.[0]?.line).toEqual([
      { start: 0, value: 'One' },
      { start: 1500, value: 'Two' },
    ]);
    expect(checkSubsonicXml(xml('<lyricsList/>')).lyricsList).toEqual({});
  });

  it('checks the user and the empty lists of a fresh library', () => {
    const roles =
      'scrobblingEnabled="true" adminRole="false" settingsRole="true" downloadRole="true" uploadRole="true" playlistRole="true" coverArtRole="false" commentRole="false" podcastRole="false" streamRole="true" jukeboxRole="false" shareRole="false" videoConversionRole="false"';
    const user = checkSubsonicXml(xml(`<user username="a@b.c" email="a@b.c" ${roles}><folder>1</folder></user>`)).user;
    expect(user?.folder).toEqual([1]);
    expect(user?.streamRole).toBe(true);
    expect(() => checkSubsonicXml(xml(`<user username="a@b.c" ${roles.replace('streamRole="true" ', '')}/>`))).toThrow(
      /streamRole/,
    );
    for (const empty of [
      '<starred2/>',
      '<albumList2/>',
      '<randomSongs/>',
      '<searchResult3/>',
      '<playlists/>',
      '<nowPlaying/>',
    ])
      expect(checkSubsonicXml(xml(empty)).status).toBe('ok');
    expect(checkSubsonicJson(json({ starred2: {} })).starred2).toEqual({});
    expect(
      checkSubsonicAnswer(
        'application/json; charset=utf-8',
        JSON.stringify(json({ musicFolders: { musicFolder: [{ id: 1, name: 'Music' }] } })),
      ).musicFolders?.musicFolder?.[0]?.id,
    ).toBe(1);
    expect(
      checkSubsonicAnswer('text/xml', xml('<musicFolders><musicFolder id="1" name="Music"/></musicFolders>'))
        .musicFolders?.musicFolder?.[0]?.name,
    ).toBe('Music');
    expect(() => checkSubsonicXml(xml('<musicFolders><musicFolder id="music"/></musicFolders>'))).toThrow(
      /musicFolder/,
    );
  });
});
