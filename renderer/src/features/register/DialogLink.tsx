// A link inside a modal that leads to another page: it closes the dialog first and navigates once
// the dialog is gone, since a modal unmounted mid-way leaves the page hidden from screen readers.
import { Link } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';
import { dialogsClosed } from '../../components/useDialog.ts';

type Props = { to: string; onClose(): void; children: ReactNode };

export function DialogLink({ to, onClose, children }: Props) {
  const href = useHref(to);
  const navigate = useNavigate();
  const follow = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onClose();
    await dialogsClosed();
    await navigate(to);
  };
  return (
    <Link href={href} onClick={(event) => void follow(event)}>
      {children}
    </Link>
  );
}
