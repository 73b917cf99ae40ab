// People: name, title, contact details and the organisation they belong to.
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
import type { Person } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registryText } from '../../../../shared/i18n/sv/ui-registry.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FieldRow, FormDialog } from '../../components/FormDialog.tsx';
import { orNull } from '../../components/format.ts';
import { PageSection } from '../../components/PageHeading.tsx';
import { useDialog } from '../../components/useDialog.ts';
import { useSave } from '../../components/useSave.ts';
import { useRegistryStore } from '../../state/registryStore.ts';

const t = registryText.people;

const useStyles = makeStyles({
  rowActions: { display: 'flex', gap: '4px', flexWrap: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
});

export function PeopleSection() {
  const styles = useStyles();
  const people = useRegistryStore((s) => s.people);
  const refresh = useRegistryStore((s) => s.refresh);
  const form = useDialog<Person | null>();
  const removal = useDialog<Person>();

  const saved = async () => {
    form.close();
    removal.close();
    await refresh();
  };

  return (
    <PageSection
      id="registry-people"
      title={t.heading}
      actions={
        <Button appearance="primary" onClick={() => form.show(null)}>
          {t.create}
        </Button>
      }
    >
      {people.length === 0 ? (
        <EmptyState title={t.empty} hint={t.emptyHint} />
      ) : (
        <Table size="small" aria-labelledby="registry-people">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columns.name}</TableHeaderCell>
              <TableHeaderCell>{t.columns.title}</TableHeaderCell>
              <TableHeaderCell>{t.columns.organisation}</TableHeaderCell>
              <TableHeaderCell>{t.columns.email}</TableHeaderCell>
              <TableHeaderCell>{t.columns.phone}</TableHeaderCell>
              <TableHeaderCell>{commonText.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {people.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.name}</TableCell>
                <TableCell>{p.title ?? commonText.none}</TableCell>
                <TableCell>{p.organisationName ?? commonText.none}</TableCell>
                <TableCell className={styles.nowrap}>{p.email ?? commonText.none}</TableCell>
                <TableCell className={styles.nowrap}>{p.phone ?? commonText.none}</TableCell>
                <TableCell>
                  <div className={styles.rowActions}>
                    <Button size="small" aria-label={t.editAria(p.name)} onClick={() => form.show(p)}>
                      {commonText.edit}
                    </Button>
                    <Button size="small" aria-label={t.deleteAria(p.name)} onClick={() => removal.show(p)}>
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
        <PersonDialog key={form.key} open={form.open} person={form.value ?? undefined} onClose={form.close} onSaved={saved} />
      )}
      {removal.value && <DeletePersonDialog key={removal.key} open={removal.open} person={removal.value} onClose={removal.close} onDeleted={saved} />}
    </PageSection>
  );
}

const fields = ['name', 'title', 'email', 'phone', 'organisationId'] as const;

function PersonDialog({ open, person, onClose, onSaved }: { open: boolean; person?: Person; onClose(): void; onSaved(): Promise<void> }) {
  const f = registryText.personForm;
  const organisations = useRegistryStore((s) => s.organisations);
  const [name, setName] = useState(person?.name ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [organisationId, setOrganisationId] = useState(person?.organisationId ?? '');
  const save = useSave(fields);

  const submit = () => {
    const values = { name, title: orNull(title), email: orNull(email), phone: orNull(phone), organisationId: organisationId || null };
    void save.run(() => (person ? call('people.update', { id: person.id, ...values }) : call('people.create', values)), onSaved);
  };

  return (
    <FormDialog
      open={open}
      title={person ? f.editTitle : f.createTitle}
      submitLabel={person ? f.submitEdit : f.submitCreate}
      busy={save.busy}
      barError={save.barError}
      barIssues={save.barIssues}
      errorVersion={save.errorVersion}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={f.name} required validationMessage={save.field('name')}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Field label={f.title} hint={f.titleHint} validationMessage={save.field('title')}>
        <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      <Field label={f.organisation} validationMessage={save.field('organisationId')}>
        <Select value={organisationId} onChange={(_e, d) => setOrganisationId(d.value)}>
          <option value="">{commonText.noChoice}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <FieldRow>
        <Field label={f.email} validationMessage={save.field('email')}>
          <Input type="email" value={email} onChange={(_e, d) => setEmail(d.value)} />
        </Field>
        <Field label={f.phone} validationMessage={save.field('phone')}>
          <Input type="tel" value={phone} onChange={(_e, d) => setPhone(d.value)} />
        </Field>
      </FieldRow>
    </FormDialog>
  );
}

function DeletePersonDialog({ open, person, onClose, onDeleted }: { open: boolean; person: Person; onClose(): void; onDeleted(): Promise<void> }) {
  const d = registryText.personDelete;
  const save = useSave();
  return (
    <ConfirmDialog
      open={open}
      title={d.title(person.name)}
      body={d.body}
      confirmLabel={d.confirm}
      busy={save.busy}
      error={save.error}
      onClose={onClose}
      onConfirm={() => void save.run(() => call('people.delete', { id: person.id }), onDeleted)}
    />
  );
}
