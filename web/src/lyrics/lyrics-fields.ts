import { graphql } from '../__generated__';

/** What the lyrics panel shows. */
export const LyricsFields = graphql(`
  fragment LyricsFields on Lyrics {
    synced
    source
    plain
    lines {
      timeMs
      text
    }
  }
`);
