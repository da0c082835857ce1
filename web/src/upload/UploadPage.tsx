import { type DragEvent, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { MetadataFields } from '../songs/MetadataFields';
import { Cover } from '../ui/Cover';
import { formatDuration } from '../ui/format';
import { Icon } from '../ui/Icon';
import { ACCEPTED_AUDIO, ACCEPTED_AUDIO_NAMES } from './accepted-audio';
import { useUploadQueue } from './UploadProvider';
import { type UploadItem, useUploadItems } from './upload-queue';
import './upload.css';

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function UploadPage() {
  const queue = useUploadQueue();
  const items = useUploadItems(queue);
  const picker = useRef<HTMLInputElement>(null);
  const pickerId = useId();
  const [dragging, setDragging] = useState(false);

  const fresh = items.filter((item) => item.status === 'ready').length;
  const failed = items.filter((item) => item.status === 'failed').length;
  const ready = fresh + failed;
  const finished = items.filter((item) => item.status === 'done').length;

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length) queue.add(event.dataTransfer.files);
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>Upload</h1>
        <p className="muted">{ACCEPTED_AUDIO_NAMES} files, up to 100 MB each. Check the details, then send.</p>
      </div>

      <section
        className={`dropzone${dragging ? ' dragging' : ''}${items.length > 0 ? ' compact' : ''}`}
        aria-label="Drop audio files here"
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <Icon name="upload" size={40} />
        <p className="dropzone-title">Drag and drop your audio files here</p>
        <p className="muted dropzone-or">or</p>
        <label htmlFor={pickerId} className="button-primary">
          Choose files
        </label>
        <input
          ref={picker}
          id={pickerId}
          className="visually-hidden"
          type="file"
          accept={ACCEPTED_AUDIO}
          multiple
          onChange={(event) => {
            if (event.target.files?.length) queue.add(event.target.files);
            event.target.value = '';
          }}
        />
      </section>

      {items.length > 0 && (
        <>
          <div className="upload-summary">
            <h2>
              {items.length} {items.length === 1 ? 'file' : 'files'}
            </h2>
            <div className="upload-summary-actions">
              {finished > 0 && (
                <button type="button" className="button-secondary" onClick={() => queue.clearFinished()}>
                  Clear finished
                </button>
              )}
              <button type="button" className="button-primary" disabled={ready === 0} onClick={() => queue.send()}>
                {fresh === 0 && failed > 0 ? 'Retry' : ready > 1 ? `Upload all (${ready})` : 'Upload'}
              </button>
            </div>
          </div>
          <ul className="upload-list" aria-label="Files to upload">
            {items.map((item) => (
              <UploadCard key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function UploadCard({ item }: { item: UploadItem }) {
  const queue = useUploadQueue();
  const name = item.file.name;
  const editable = item.status === 'ready' || item.status === 'failed';
  const percent = Math.round(item.progress * 100);

  return (
    <li className={`upload-card status-${item.status}`} aria-label={name}>
      <div className="upload-card-header">
        <Cover url={item.coverUrl} size={64} title={item.draft.title || name} />
        <div className="upload-card-file">
          <p className="upload-file-name" title={name}>
            {name}
          </p>
          <p className="muted small">
            {formatSize(item.file.size)}
            {item.durationSeconds ? ` · ${formatDuration(item.durationSeconds)}` : ''}
            {item.status === 'ready' && !item.tagsFound && ' · no tags found in the file: fill them in below'}
          </p>
          <UploadStatusLine item={item} percent={percent} />
        </div>
        <div className="upload-card-actions">
          {editable && (
            <button type="button" className="button-primary small" onClick={() => queue.send(item.id)}>
              {item.status === 'failed' ? 'Retry' : 'Upload'}
              <span className="visually-hidden"> {name}</span>
            </button>
          )}
          {item.status !== 'done' && (
            <button
              type="button"
              className="icon-button"
              aria-label={`${item.status === 'uploading' ? 'Cancel upload of' : 'Remove'} ${name}`}
              title={item.status === 'uploading' ? 'Cancel' : 'Remove'}
              onClick={() => queue.remove(item.id)}
            >
              <Icon name="close" />
            </button>
          )}
        </div>
      </div>
      {(item.status === 'uploading' || item.status === 'waiting') && (
        <progress
          className="upload-progress"
          max={100}
          value={item.status === 'uploading' ? percent : 0}
          aria-label={`Upload progress of ${name}`}
        />
      )}
      {item.status !== 'reading' && item.status !== 'done' && (
        <MetadataFields
          draft={item.draft}
          disabled={!editable}
          labelSuffix={`of ${name}`}
          onChange={(draft) => queue.edit(item.id, draft)}
        />
      )}
    </li>
  );
}

function UploadStatusLine({ item, percent }: { item: UploadItem; percent: number }) {
  switch (item.status) {
    case 'reading':
      return <p className="muted small">Reading tags…</p>;
    case 'waiting':
      return <p className="muted small">Waiting to upload…</p>;
    case 'uploading':
      return (
        <p className="small" aria-live="polite">
          {percent < 100 ? `Uploading… ${percent}%` : 'Checking the audio…'}
        </p>
      );
    case 'done':
      return (
        <p className="small success-text" role="status">
          <Icon name="check" size={16} /> Added “{item.draft.title}” to your library.{' '}
          <Link href="/">Open the library</Link>
        </p>
      );
    case 'failed':
      return (
        <p className="small error-text" role="alert">
          <Icon name="warning" size={16} /> Refused: {item.error}
        </p>
      );
    default:
      return null;
  }
}
