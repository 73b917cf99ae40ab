// People: name, title, contact details and the organisation they belong to.
import type { Person } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registryText } from '../../../../shared/i18n/sv/ui-registry.ts';
import { call } from '../../api/client.ts';
import type { EditorProps } from '../../components/CrudDialogs.tsx';
import { CrudSection } from '../../components/CrudSection.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FieldRow, FormDialog, formLabels } from '../../components/FormDialog.tsx';
import { SelectField, TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { useForm } from '../../components/useForm.ts';
import { useRegistryStore } from '../../state/registryStore.ts';

const t = registryText.people;
const d = registryText.personDelete;

export function PeopleSection() {
  const people = useRegistryStore((s) => s.people);
  const refresh = useRegistryStore((s) => s.refresh);
  return (
    <CrudSection<Person>
      id="registry-people"
      title={t.heading}
      createLabel={t.create}
      rows={people}
      empty={<EmptyState title={t.empty} hint={t.emptyHint} />}
      columns={[
        { header: t.columns.name, cell: (p) => p.name },
        { header: t.columns.title, cell: (p) => p.title ?? commonText.none },
        { header: t.columns.organisation, cell: (p) => p.organisationName ?? commonText.none },
        { header: t.columns.email, cell: (p) => p.email ?? commonText.none, nowrap: true },
        { header: t.columns.phone, cell: (p) => p.phone ?? commonText.none, nowrap: true },
      ]}
      editAria={(p) => t.editAria(p.name)}
      deleteAria={(p) => t.deleteAria(p.name)}
      renderEditor={(props) => <PersonDialog {...props} />}
      deletion={(p) => ({ title: d.title(p.name), body: d.body, confirmLabel: d.confirm, remove: () => call('people.delete', { id: p.id }) })}
      onChanged={refresh}
    />
  );
}

function PersonDialog({ open, value: person, onClose, onSaved }: EditorProps<Person>) {
  const f = registryText.personForm;
  const organisations = useRegistryStore((s) => s.organisations);
  const form = useForm({
    name: person?.name ?? '',
    title: person?.title ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    organisationId: person?.organisationId ?? '',
  });

  const submit = () => {
    const { name, title, email, phone, organisationId } = form.values;
    const values = { name, title: orNull(title), email: orNull(email), phone: orNull(phone), organisationId: organisationId || null };
    void form.run(() => (person ? call('people.update', { id: person.id, ...values }) : call('people.create', values)), onSaved);
  };

  return (
    <FormDialog open={open} {...formLabels(f, !!person)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={f.name} required {...form.bind('name')} />
      <TextField label={f.title} hint={f.titleHint} {...form.bind('title')} />
      <SelectField
        label={f.organisation}
        {...form.bind('organisationId')}
        emptyChoice={commonText.noChoice}
        choices={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <FieldRow>
        <TextField label={f.email} type="email" {...form.bind('email')} />
        <TextField label={f.phone} type="tel" {...form.bind('phone')} />
      </FieldRow>
    </FormDialog>
  );
}
