// Organisations: the administrations, committees, region and police that take part in groups.
import { organisationKinds, type Organisation, type OrganisationKind } from '../../../../shared/contract/index.ts';
import { organisationKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registryText } from '../../../../shared/i18n/sv/ui-registry.ts';
import { call } from '../../api/client.ts';
import type { EditorProps } from '../../components/CrudDialogs.tsx';
import { CrudSection } from '../../components/CrudSection.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormDialog, formLabels } from '../../components/FormDialog.tsx';
import { choicesOf, SelectField, TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { useForm } from '../../components/useForm.ts';
import { useRegistryStore } from '../../state/registryStore.ts';

const t = registryText.organisations;
const d = registryText.organisationDelete;

export function OrganisationsSection() {
  const organisations = useRegistryStore((s) => s.organisations);
  const refresh = useRegistryStore((s) => s.refresh);
  return (
    <CrudSection<Organisation>
      id="registry-organisations"
      title={t.heading}
      createLabel={t.create}
      rows={organisations}
      empty={<EmptyState title={t.empty} hint={t.emptyHint} />}
      columns={[
        { header: t.columns.name, cell: (o) => o.name },
        { header: t.columns.shortName, cell: (o) => o.shortName ?? commonText.none },
        { header: t.columns.kind, cell: (o) => organisationKindLabel[o.kind] },
      ]}
      editAria={(o) => t.editAria(o.name)}
      deleteAria={(o) => t.deleteAria(o.name)}
      renderEditor={(props) => <OrganisationDialog {...props} />}
      deletion={(o) => ({ title: d.title(o.name), body: d.body, confirmLabel: d.confirm, remove: () => call('organisations.delete', { id: o.id }) })}
      onChanged={refresh}
    />
  );
}

function OrganisationDialog({ open, value: organisation, onClose, onSaved }: EditorProps<Organisation>) {
  const f = registryText.organisationForm;
  const form = useForm({
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    kind: organisation?.kind ?? ('administration' as OrganisationKind),
  });

  const submit = () => {
    const { name, shortName, kind } = form.values;
    const values = { name, shortName: orNull(shortName), kind };
    void form.run(
      () => (organisation ? call('organisations.update', { id: organisation.id, ...values }) : call('organisations.create', values)),
      onSaved,
    );
  };

  return (
    <FormDialog open={open} {...formLabels(f, !!organisation)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={f.name} hint={f.nameHint} required {...form.bind('name')} />
      <TextField label={f.shortName} hint={f.shortNameHint} {...form.bind('shortName')} />
      <SelectField label={f.kind} required {...form.bind('kind')} choices={choicesOf(organisationKinds, organisationKindLabel)} />
    </FormDialog>
  );
}
