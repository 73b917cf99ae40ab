// Organisations: the administrations, committees, region and police that take part in groups.
import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import { organisationKinds, type Organisation, type OrganisationKind } from '../../../../shared/contract/index.ts';
import { organisationKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registryText } from '../../../../shared/i18n/sv/ui-registry.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { orNull } from '../../components/format.ts';
import { PageSection } from '../../components/PageHeading.tsx';
import { useDialog } from '../../components/useDialog.ts';
import { useSave } from '../../components/useSave.ts';
import { useRegistryStore } from '../../state/registryStore.ts';

const t = registryText.organisations;

const useStyles = makeStyles({
  rowActions: { display: 'flex', gap: '4px', flexWrap: 'nowrap' },
});

export function OrganisationsSection() {
  const styles = useStyles();
  const organisations = useRegistryStore((s) => s.organisations);
  const refresh = useRegistryStore((s) => s.refresh);
  const form = useDialog<Organisation | null>();
  const removal = useDialog<Organisation>();

  const saved = async () => {
    form.close();
    removal.close();
    await refresh();
  };

  return (
    <PageSection
      id="registry-organisations"
      title={t.heading}
      actions={
        <Button appearance="primary" onClick={() => form.show(null)}>
          {t.create}
        </Button>
      }
    >
      {organisations.length === 0 ? (
        <EmptyState title={t.empty} hint={t.emptyHint} />
      ) : (
        <Table size="small" aria-labelledby="registry-organisations">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columns.name}</TableHeaderCell>
              <TableHeaderCell>{t.columns.shortName}</TableHeaderCell>
              <TableHeaderCell>{t.columns.kind}</TableHeaderCell>
              <TableHeaderCell>{commonText.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {organisations.map((o) => (
              <TableRow key={o.id}>
                <TableCell>{o.name}</TableCell>
                <TableCell>{o.shortName ?? commonText.none}</TableCell>
                <TableCell>{organisationKindLabel[o.kind]}</TableCell>
                <TableCell>
                  <div className={styles.rowActions}>
                    <Button size="small" aria-label={t.editAria(o.name)} onClick={() => form.show(o)}>
                      {commonText.edit}
                    </Button>
                    <Button size="small" aria-label={t.deleteAria(o.name)} onClick={() => removal.show(o)}>
                      {commonText.delete}
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {form.value !== undefined && (
        <OrganisationDialog key={form.key} open={form.open} organisation={form.value ?? undefined} onClose={form.close} onSaved={saved} />
      )}
      {removal.value && <DeleteOrganisationDialog key={removal.key} open={removal.open} organisation={removal.value} onClose={removal.close} onDeleted={saved} />}
    </PageSection>
  );
}

const fields = ['name', 'shortName', 'kind'] as const;

function OrganisationDialog({ open, organisation, onClose, onSaved }: { open: boolean; organisation?: Organisation; onClose(): void; onSaved(): Promise<void> }) {
  const f = registryText.organisationForm;
  const [name, setName] = useState(organisation?.name ?? '');
  const [shortName, setShortName] = useState(organisation?.shortName ?? '');
  const [kind, setKind] = useState<OrganisationKind>(organisation?.kind ?? 'administration');
  const save = useSave(fields);

  const submit = () => {
    const values = { name, shortName: orNull(shortName), kind };
    void save.run(
      () => (organisation ? call('organisations.update', { id: organisation.id, ...values }) : call('organisations.create', values)),
      onSaved,
    );
  };

  return (
    <FormDialog
      open={open}
      title={organisation ? f.editTitle : f.createTitle}
      submitLabel={organisation ? f.submitEdit : f.submitCreate}
      busy={save.busy}
      barError={save.barError}
      barIssues={save.barIssues}
      errorVersion={save.errorVersion}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={f.name} hint={f.nameHint} required validationMessage={save.field('name')}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Field label={f.shortName} hint={f.shortNameHint} validationMessage={save.field('shortName')}>
        <Input value={shortName} onChange={(_e, d) => setShortName(d.value)} />
      </Field>
      <Field label={f.kind} required validationMessage={save.field('kind')}>
        <Select value={kind} onChange={(_e, d) => setKind(d.value as OrganisationKind)}>
          {organisationKinds.map((k) => (
            <option key={k} value={k}>
              {organisationKindLabel[k]}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}

function DeleteOrganisationDialog({ open, organisation, onClose, onDeleted }: { open: boolean; organisation: Organisation; onClose(): void; onDeleted(): Promise<void> }) {
  const d = registryText.organisationDelete;
  const save = useSave();
  return (
    <ConfirmDialog
      open={open}
      title={d.title(organisation.name)}
      body={d.body}
      confirmLabel={d.confirm}
      busy={save.busy}
      error={save.error}
      onClose={onClose}
      onConfirm={() => void save.run(() => call('organisations.delete', { id: organisation.id }), onDeleted)}
    />
  );
}
