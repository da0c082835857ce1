import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StreamingQualitySection } from './StreamingQualitySection';
import { readStreamingQuality, STREAMING_QUALITY_KEY } from './streaming-quality';

describe('the streaming quality setting', () => {
  beforeEach(() => localStorage.removeItem(STREAMING_QUALITY_KEY));

  it('offers Original, High, Normal and Data saver, Original until another is chosen', () => {
    render(<StreamingQualitySection />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.querySelector('.quality-label')?.textContent)).toEqual([
      'Original',
      'High',
      'Normal',
      'Data saver',
    ]);
    expect(screen.getByRole('radio', { name: /Original/ })).toBeChecked();
    expect(readStreamingQuality()).toMatchObject({ format: 'ORIGINAL', maxBitRate: null });
  });

  it('remembers the choice in this browser, as what the player asks streamUrl for', async () => {
    const { unmount } = render(<StreamingQualitySection />);
    await userEvent.click(screen.getByRole('radio', { name: /Data saver/ }));
    expect(localStorage.getItem(STREAMING_QUALITY_KEY)).toBe('data-saver');
    expect(readStreamingQuality()).toMatchObject({ format: 'OPUS', maxBitRate: 96 });
    unmount();
    render(<StreamingQualitySection />);
    expect(screen.getByRole('radio', { name: /Data saver/ })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /Normal/ }));
    expect(readStreamingQuality()).toMatchObject({ format: 'MP3', maxBitRate: 160 });
  });

  it('falls back to Original for a value it does not know', () => {
    localStorage.setItem(STREAMING_QUALITY_KEY, 'lossless-please');
    expect(readStreamingQuality().id).toBe('original');
  });
});
