// Personer och organisationer: the register behind every group's member list.
import { Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registryText as t } from '../../../../shared/i18n/sv/ui-registry.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useRegistryStore } from '../../state/registryStore.ts';
import { OrganisationsSection } from '../organisations/OrganisationsSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';

export function RegistryPage() {
  useDocumentTitle(t.pageTitle);
  const loaded = useRegistryStore((s) => s.loaded);
  const error = useRegistryStore((s) => s.error);
  const refresh = useRegistryStore((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: t.heading }]} />
      <PageHeading subtitle={t.intro}>{t.heading}</PageHeading>
      <ErrorBar error={error} onRetry={() => void refresh()} />
      {!loaded ? (
        <Spinner size="small" label={commonText.loading} />
      ) : (
        <>
          <OrganisationsSection />
          <PeopleSection />
        </>
      )}
    </>
  );
}
