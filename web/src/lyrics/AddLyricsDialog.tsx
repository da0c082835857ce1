import { useId } from 'react';
import { DialogActions } from '../ui/DialogActions';
import { useModalDialog } from '../ui/use-modal-dialog';
import { LyricsFileInput } from './LyricsFileInput';
import { useLyricsUpload } from './use-lyrics-upload';
import '../songs/dialog.css';

/** "Add lyrics…" from a song's menu: pick an .lrc or text file; says how many lines were skipped. */
export function AddLyricsDialog({ song, onClose }: { song: { id: string; title: string }; onClose(): void }) {
  const dialog = useModalDialog();
  const titleId = useId();
  const lyricsUpload = useLyricsUpload(song.id);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Lyrics for “{song.title}”</h2>
      <p className="muted small">
        An .lrc file shows the words in time with the music; a text file shows them as plain lyrics. It replaces lyrics
        added before.
      </p>
      <p className="muted small" role="status">
        {lyricsUpload.notice}
      </p>
      <DialogActions error={lyricsUpload.error} onCancel={() => dialog.current?.close()}>
        <LyricsFileInput
          primary
          label={lyricsUpload.notice ? 'Choose another file…' : 'Choose a file…'}
          disabled={lyricsUpload.busy}
          onFile={(file) => void lyricsUpload.upload(file)}
        />
      </DialogActions>
    </dialog>
  );
}
