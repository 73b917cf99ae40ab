import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { paths } from './paths.ts';

export function NotFoundPage() {
  useDocumentTitle(commonText.notFoundTitle);
  return (
    <>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: commonText.notFoundTitle }]} />
      <PageHeading>{commonText.notFoundTitle}</PageHeading>
      <EmptyState title={commonText.notFoundBody}>
        <RouterLink to={paths.start}>{commonText.backToStart}</RouterLink>
      </EmptyState>
    </>
  );
}
