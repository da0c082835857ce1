import { AppPasswordsSection } from './AppPasswordsSection';
import { PlaybackSection } from './PlaybackSection';
import { StreamingQualitySection } from './StreamingQualitySection';
import './settings.css';

/** What a user sets for themself: how the player streams and plays, and the passwords of their Subsonic apps. */
export function SettingsPage() {
  return (
    <div className="page settings-page">
      <h1>Settings</h1>
      <StreamingQualitySection />
      <PlaybackSection />
      <AppPasswordsSection />
    </div>
  );
}
