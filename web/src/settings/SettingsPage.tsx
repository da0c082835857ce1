import { AppPasswordsSection } from './AppPasswordsSection';
import { StreamingQualitySection } from './StreamingQualitySection';
import './settings.css';

/** What a user sets for themself: how the player streams, and the passwords of their Subsonic apps. */
export function SettingsPage() {
  return (
    <div className="page settings-page">
      <h1>Settings</h1>
      <StreamingQualitySection />
      <AppPasswordsSection />
    </div>
  );
}
