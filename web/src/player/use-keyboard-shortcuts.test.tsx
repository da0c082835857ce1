import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { asAudio, FakeAudio } from '../test/fake-audio';
import { PlayerEngine } from './player-engine';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

function Harness({ engine }: { engine: PlayerEngine }) {
  useKeyboardShortcuts(engine);
  return (
    <>
      <label>
        Search <input />
      </label>
      <button type="button">Somewhere</button>
    </>
  );
}

const song = { id: 'a', title: 'A', artist: 'B', durationSeconds: 100, streamUrl: '/media/songs/a/audio' };

describe('keyboard shortcuts', () => {
  it('space plays and pauses, arrows seek and change the volume, M mutes; typing in a field is left alone', async () => {
    const audio = new FakeAudio();
    const engine = new PlayerEngine(asAudio(audio), { report: () => {}, refreshStreamUrl: async () => null });
    engine.playQueue([song], 0);
    audio.loadMetadata(100);
    audio.advanceTo(20);
    render(<Harness engine={engine} />);
    const user = userEvent.setup();

    await user.keyboard(' ');
    expect(audio.paused).toBe(true);
    await user.keyboard(' ');
    expect(audio.paused).toBe(false);
    await user.keyboard('{ArrowRight}');
    expect(audio.currentTime).toBe(25);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(audio.currentTime).toBe(15);
    const volume = audio.volume;
    await user.keyboard('{ArrowDown}');
    expect(audio.volume).toBeCloseTo(volume - 0.1);
    await user.keyboard('m');
    expect(audio.muted).toBe(true);
    await user.keyboard('M');
    expect(audio.muted).toBe(false);

    await user.click(screen.getByLabelText('Search'));
    await user.keyboard(' m{ArrowLeft}');
    expect(audio).toMatchObject({ paused: false, muted: false, currentTime: 15 });

    // Space on a focused button presses that button, not play/pause; arrows still seek.
    screen.getByRole('button', { name: 'Somewhere' }).focus();
    await user.keyboard(' ');
    expect(audio.paused).toBe(false);
    await user.keyboard('{ArrowRight}');
    expect(audio.currentTime).toBe(20);
  });
});
