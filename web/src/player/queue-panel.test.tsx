import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { songFixture } from '../test/fake-api';
import { fakeDataTransfer } from '../test/fake-drag';
import { installLibraryApi, renderSignedInApp } from '../test/signed-in-app';

const songs = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((title, index) =>
  songFixture({ id: `song-${index + 1}`, title, streamUrl: `/media/songs/song-${index + 1}/audio?signature=x` }),
);

describe('the queue panel', () => {
  const upNext = () =>
    within(screen.getByRole('list', { name: 'Next up' }))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.queue-title')?.textContent);
  const nowPlaying = () => screen.getByRole('complementary', { name: 'Queue' }).querySelector('.current .queue-title');

  beforeEach(async () => {
    installLibraryApi(songs);
    const cleanUp = renderSignedInApp();
    await screen.findByRole('button', { name: 'Play Alpha' });
    return cleanUp;
  });

  it('lists the current song and the next ones in play order, with songs queued from the song rows', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(screen.getByRole('button', { name: 'More actions for Delta' }));
    await user.click(screen.getByRole('menuitem', { name: 'Play next' }));
    // The row menu works from the keyboard too: arrow down opens it and moves between items.
    screen.getByRole('button', { name: 'More actions for Bravo' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Play next' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'More actions for Bravo' })).toHaveFocus();

    const toggle = screen.getByRole('button', { name: 'Queue' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Queue' })).toHaveFocus();
    expect(nowPlaying()).toHaveTextContent('Alpha');
    expect(upNext()).toEqual(['Delta', 'Bravo', 'Charlie', 'Delta', 'Bravo']);

    // Next advances through the queue as listed.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(nowPlaying()).toHaveTextContent('Delta');
    expect(upNext()).toEqual(['Bravo', 'Charlie', 'Delta', 'Bravo']);

    // The player bar's menu queues the song playing now, to hear it again.
    const player = screen.getByRole('region', { name: 'Player' });
    await user.click(within(player).getByRole('button', { name: 'More actions for Delta' }));
    await user.click(screen.getByRole('menuitem', { name: 'Add to queue' }));
    expect(upNext()).toEqual(['Bravo', 'Charlie', 'Delta', 'Bravo', 'Delta']);
  });

  it('moves upcoming songs with the keyboard, focus following the song, and removes them', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(screen.getByRole('button', { name: 'Queue' }));
    expect(upNext()).toEqual(['Bravo', 'Charlie', 'Delta']);
    expect(screen.getByRole('button', { name: 'Move Bravo up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Delta down' })).toBeDisabled();

    screen.getByRole('button', { name: 'Move Bravo down' }).focus();
    await user.keyboard('{Enter}');
    expect(upNext()).toEqual(['Charlie', 'Bravo', 'Delta']);
    expect(screen.getByRole('button', { name: 'Move Bravo down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(upNext()).toEqual(['Charlie', 'Delta', 'Bravo']);
    // At the end, "down" is disabled and the focus stays on the song, on "up".
    expect(screen.getByRole('button', { name: 'Move Bravo up' })).toHaveFocus();
    const queue = screen.getByRole('complementary', { name: 'Queue' });
    expect(within(queue).getByRole('status')).toHaveTextContent('Moved “Bravo” to position 3 of 3.');

    await user.click(screen.getByRole('button', { name: 'Remove Delta from the queue' }));
    expect(upNext()).toEqual(['Charlie', 'Bravo']);
    // The focus goes on to the row that took the removed one's place.
    expect(screen.getByRole('button', { name: 'Remove Bravo from the queue' })).toHaveFocus();
    expect(nowPlaying()).toHaveTextContent('Alpha');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(nowPlaying()).toHaveTextContent('Charlie');
  });

  it('reorders by drag and drop', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(screen.getByRole('button', { name: 'Queue' }));
    const rows = () => within(screen.getByRole('list', { name: 'Next up' })).getAllByRole('listitem');
    const drag = fakeDataTransfer();
    fireEvent.dragStart(rows()[2] as HTMLElement, { dataTransfer: drag });
    fireEvent.dragOver(rows()[0] as HTMLElement, { dataTransfer: drag });
    expect(rows()[0]).toHaveClass('drop-target');
    fireEvent.drop(rows()[0] as HTMLElement, { dataTransfer: drag });
    expect(upNext()).toEqual(['Delta', 'Bravo', 'Charlie']);
    expect(rows()[0]).not.toHaveClass('drop-target');

    // Something dragged in from elsewhere (a file, a link) is not a queue move.
    const foreign = fakeDataTransfer();
    foreign.setData('text/plain', '0');
    fireEvent.dragOver(rows()[1] as HTMLElement, { dataTransfer: foreign });
    fireEvent.drop(rows()[1] as HTMLElement, { dataTransfer: foreign });
    expect(upNext()).toEqual(['Delta', 'Bravo', 'Charlie']);
  });

  it('closes with Escape or its close button, giving the focus back to the Queue button', async () => {
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Queue' });
    await user.click(toggle);
    expect(screen.getByText('Nothing is playing.')).toBeVisible();
    expect(screen.getByText('Nothing queued. Use “Add to queue” or “Play next” on any song.')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Queue' })).toBeNull();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    // Escape works wherever the focus is, not only inside the panel.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Queue' })).toBeNull();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Close the queue' }));
    expect(screen.queryByRole('complementary', { name: 'Queue' })).toBeNull();
    expect(toggle).toHaveFocus();
  });
});
