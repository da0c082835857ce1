import { useId } from 'react';

/** Accepted: LRC files and plain text (the server reads either). */
const ACCEPTED_LYRICS = '.lrc,.txt,text/plain';

/** A button-looking file picker for one lyrics file. */
export function LyricsFileInput({
  label,
  disabled,
  onFile,
  primary = false,
}: {
  label: string;
  disabled?: boolean;
  onFile(file: File): void;
  primary?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={`${primary ? 'button-primary' : 'button-secondary'} file-button`}>
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={ACCEPTED_LYRICS}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
