#!/usr/bin/env bash
# Regenerates the player's fixtures (gapless, crossfade, loudness, speed). Tests never run this: the
# output is committed, so ffmpeg (with libmp3lame) is needed only here.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# One continuous 440 Hz tone (-6 dBFS), 44.1 kHz stereo, cut at sample 172000 (3.900 s): not at a
# zero crossing, so a gap or an overlap at the hand-over shows as a jump in the recorded output.
ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=8" -af "volume=0.5" -ac 2 tone.wav
ffmpeg -loglevel error -y -i tone.wav -af "atrim=end_sample=172000" part1.wav
ffmpeg -loglevel error -y -i tone.wav -af "atrim=start_sample=172000,asetpts=PTS-STARTPTS" part2.wav

# libmp3lame writes the LAME/Xing header (encoder delay and padding) that gapless playback trims.
tags=(-metadata artist="Sine Ensemble" -metadata album_artist="Sine Ensemble" -metadata album="Continuous"
  -metadata date=2024 -metadata disc=1/1)
ffmpeg -loglevel error -y -i part1.wav -c:a libmp3lame -b:a 192k "${tags[@]}" -metadata title="Unbroken I" \
  -metadata track=1/2 "$out/gapless-01.mp3"
ffmpeg -loglevel error -y -i part2.wav -c:a libmp3lame -b:a 192k "${tags[@]}" -metadata title="Unbroken II" \
  -metadata track=2/2 "$out/gapless-02.mp3"

# Two songs of different albums for crossfade and loudness: one with ReplayGain tags, one without
# (its loudness is measured on upload), both the same tone at different levels.
ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=10" -af "volume=0.5" -ac 2 \
  -c:a libmp3lame -b:a 192k -metadata title="Tagged Level" -metadata artist="Sine Ensemble" \
  -metadata album="Levels" -metadata REPLAYGAIN_TRACK_GAIN="-4.50 dB" -metadata REPLAYGAIN_TRACK_PEAK="0.500000" \
  "$out/replaygain-tagged.mp3"
ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=10" -af "volume=0.125" -ac 2 \
  -c:a libmp3lame -b:a 192k -metadata title="Measured Level" -metadata artist="Sine Ensemble" \
  -metadata album="Quiet Ones" "$out/loudness-measured.mp3"
