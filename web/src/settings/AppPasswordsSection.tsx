/** App passwords for Subsonic apps: create (shown once), list with last use, revoke. */
export function AppPasswordsSection() {
  return null;
}
