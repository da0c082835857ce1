#!/usr/bin/env bash
# Regenerates the format fixtures in this folder with ffmpeg alone (tests never run this: the output
# is committed). Output varies slightly between ffmpeg versions; re-check the README's table and the
# expected values in the tests if you rerun it. The cover is ../png-renamed.mp3, a small PNG.
source "$(dirname "$0")/../fixture-workdir.sh"
cp "$out/../png-renamed.mp3" cover.png
ff() { ffmpeg -nostdin -loglevel error -y "$@"; }

# A 440 Hz sine (ffmpeg's lavfi source): tiny once compressed, and every format can carry it.
tone() { # seconds, sample rate -> lavfi source
  echo "sine=frequency=440:sample_rate=$2:duration=$1"
}
tags=(-metadata title="Nine Tones" -metadata artist="Björk" -metadata album="Formats — 日本語"
  -metadata album_artist="Various Björks" -metadata genre=Electronic -metadata date=2001
  -metadata track=2/9 -metadata disc=1/2 -metadata composer="Anna Ö")

# FLAC 16-bit stereo 44.1 kHz, 3 s, Vorbis comments and a front-cover PICTURE block.
ff -f lavfi -i "$(tone 3 44100)" -i cover.png -map 0:a -map 1:v -ac 2 -c:a flac -sample_fmt s16 \
  -c:v copy -disposition:v attached_pic -metadata:s:v comment="Cover (front)" "${tags[@]}" flac-16-tags-cover.flac
# FLAC 24-bit stereo 48 kHz, 2 s, title only.
ff -f lavfi -i "$(tone 2 48000)" -ac 2 -c:a flac -sample_fmt s32 -bits_per_raw_sample 24 \
  -metadata title="Deep Tone" flac-24bit.flac
# FLAC 5.1 (six channels) 48 kHz 16-bit, 2 s: each channel its own frequency.
ff -f lavfi -i "sine=frequency=220:sample_rate=48000:duration=1.5" -f lavfi -i "sine=frequency=330:sample_rate=48000:duration=1.5" \
  -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=1.5" -f lavfi -i "sine=frequency=55:sample_rate=48000:duration=1.5" \
  -f lavfi -i "sine=frequency=550:sample_rate=48000:duration=1.5" -f lavfi -i "sine=frequency=660:sample_rate=48000:duration=1.5" \
  -filter_complex "[0][1][2][3][4][5]join=inputs=6:channel_layout=5.1[a]" -map "[a]" -c:a flac -sample_fmt s16 \
  -metadata title="Surround Tones" flac-5.1.flac

# M4A: AAC-LC 64k stereo with iTunes atoms and a covr atom; ALAC 16-bit mono. moov first (faststart),
# which is what makes a cut copy the hard case: its sample table promises the whole song.
ff -f lavfi -i "$(tone 3 44100)" -i cover.png -map 0:a -map 1:v -ac 2 -c:a aac -b:a 64k -c:v copy \
  -disposition:v attached_pic "${tags[@]}" -movflags +faststart m4a-aac-tags-cover.m4a
ff -f lavfi -i "$(tone 2 22050)" -ac 1 -c:a alac -sample_fmt s16p -metadata title="Apple Lossless" \
  -metadata artist="Tone Maker" -movflags +faststart m4a-alac.m4a

# Ogg Vorbis and Opus (Ogg), each with Vorbis comments.
ff -f lavfi -i "$(tone 3 44100)" -ac 2 -c:a libvorbis -q:a 0 "${tags[@]}" ogg-vorbis-tags.ogg
ff -f lavfi -i "$(tone 3 48000)" -ac 2 -c:a libopus -b:a 32k "${tags[@]}" opus-tags.opus

# WAV: PCM 16-bit mono 22.05 kHz, 2 s, with a RIFF INFO title and artist.
ff -f lavfi -i "$(tone 2 22050)" -ac 1 -c:a pcm_s16le -metadata title="Plain Wave" -metadata artist="Tone Maker" \
  wav-pcm16.wav

# Fakes. Each format cut in half: headers (or the Ogg pages so far) look fine, the audio stops early.
for f in flac-16-tags-cover.flac m4a-aac-tags-cover.m4a m4a-alac.m4a ogg-vorbis-tags.ogg opus-tags.opus wav-pcm16.wav; do
  size=$(stat -c %s "$f")
  head -c $((size / 2)) "$f" > "cut-${f}"
done
# A FLAC's metadata blocks (and first frame) followed by noise: the header promises 3 s of audio.
head -c 12000 flac-16-tags-cover.flac > flac-header-then-noise.flac
head -c 30000 /dev/urandom >> flac-header-then-noise.flac
# Not audio at all, under audio extensions.
printf 'These are liner notes, not music.\n' > text-named.flac
cp cover.png png-named.m4a
# An MP3 under an M4A's name: accepted, the bytes are an MP3.
cp "$out/../album-post-01.mp3" mp3-named.m4a
# Known containers holding nothing we serve: video only, Opus in WebM, MP3 inside MP4, FLAC inside Ogg.
ff -f lavfi -i "color=c=blue:s=32x32:d=1:r=5" -c:v libx264 -pix_fmt yuv420p -an video-only.mp4
ff -f lavfi -i "$(tone 2 48000)" -c:a libopus -b:a 24k opus-in-webm.webm
ff -f lavfi -i "$(tone 2 22050)" -ac 1 -c:a libmp3lame -b:a 32k -f mp4 mp3-in-mp4.m4a
ff -f lavfi -i "$(tone 2 22050)" -ac 1 -c:a flac -f ogg flac-in-ogg.ogg

for f in *.flac *.m4a *.ogg *.opus *.wav *.mp4 *.webm; do cp "$f" "$out/$f"; done
ls -l "$out"
