// A Fluent UI link that navigates with the router (hash history), keeping the Office look.
import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

type Props = {
  to: string;
  children: ReactNode;
  'aria-label'?: string;
  className?: string;
  inline?: boolean;
  id?: string;
};

export function RouterLink({ to, children, inline, ...rest }: Props) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link href={href} onClick={onClick} inline={inline} {...rest}>
      {children}
    </Link>
  );
}
