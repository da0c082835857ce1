import type { ButtonHTMLAttributes, Ref } from 'react';
import { Icon, type IconName } from './Icon';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className' | 'children'> {
  /** What the button does, for screen readers: the icon alone says nothing. */
  label: string;
  icon: IconName;
  iconSize?: number;
  /** The compact size of buttons inside rows and lists. */
  small?: boolean;
  /** Given, the button is a toggle: on, it is shown in the accent colour with a dot under it. */
  active?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A round button showing only an icon. */
export function IconButton({ label, icon, iconSize, small = false, active, ref, ...button }: IconButtonProps) {
  const className = ['icon-button', small && 'small', active !== undefined && 'toggle', active && 'active']
    .filter(Boolean)
    .join(' ');
  return (
    <button ref={ref} type="button" className={className} aria-label={label} {...button}>
      <Icon name={icon} size={iconSize ?? (small ? 18 : undefined)} />
    </button>
  );
}
