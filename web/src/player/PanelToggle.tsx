import { type ComponentType, useId, useRef, useState } from 'react';
import type { IconName } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';

/**
 * A player-bar button that opens a side panel and closes it again. However the panel closes (this
 * button, its own close button, Escape), the focus comes back to the button.
 */
export function PanelToggle({
  label,
  icon,
  disabled = false,
  Panel,
}: {
  label: string;
  icon: IconName;
  /** Nothing to show: the button is disabled, unless its panel is open and so can still be closed. */
  disabled?: boolean;
  Panel: ComponentType<{ id: string; onClose(): void }>;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <IconButton
        ref={button}
        label={label}
        title={label}
        icon={icon}
        active={open}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={disabled && !open}
        onClick={() => (open ? close() : setOpen(true))}
      />
      {open && <Panel id={panelId} onClose={close} />}
    </>
  );
}
