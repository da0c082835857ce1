import type { Page } from 'playwright-core';

/*
 * Records the player's master output with a ScriptProcessorNode. An AudioWorklet would be the modern
 * choice, but its module must be a script the app's CSP allows ('self' only), and the test cannot
 * serve one on the app's origin (Playwright's routing does not see worklet requests). The largest
 * buffer (16384 frames, about a third of a second) leaves the busy main thread ample time for each
 * block; a lost block would show as a jump in the recording, so it would fail a test, never pass one.
 */
const BLOCK_FRAMES = 16384;

/** Starts recording the player's master output (channel 0) in the page. */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate((frames) => {
    const player = window.sp0t1fyPlayer;
    const { context, master } = player?.inspectGraph() ?? {};
    if (!context || !master) throw new Error('The player has no Web Audio graph');
    const node = context.createScriptProcessor(frames, 1, 1);
    const chunks: Float32Array[] = [];
    node.onaudioprocess = (event) => chunks.push(event.inputBuffer.getChannelData(0).slice());
    master.connect(node);
    // A script processor runs only while connected onwards; it writes nothing, so it adds silence.
    node.connect(context.destination);
    (window as unknown as { e2eRecording: unknown }).e2eRecording = { node, chunks, master };
  }, BLOCK_FRAMES);
}

export interface Recording {
  samples: number[];
  sampleRate: number;
}

/** Stops the recording and hands back its samples. */
export async function stopRecording(page: Page): Promise<Recording> {
  return page.evaluate(() => {
    const holder = window as unknown as {
      e2eRecording: { node: ScriptProcessorNode; chunks: Float32Array[]; master: AudioNode };
    };
    const { node, chunks, master } = holder.e2eRecording;
    node.onaudioprocess = null;
    master.disconnect(node);
    node.disconnect();
    const samples: number[] = [];
    for (const chunk of chunks) for (const sample of chunk) samples.push(sample);
    return { samples, sampleRate: node.context.sampleRate };
  });
}
