// The selected agenda item: title, presenter, description, confidentiality, basis documents,
// notes (rich text) and decisions with their action items. A locked protocol shows text only.
import { Button, Field, Input, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AgendaItemEntry, ApiError } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { paths } from '../../../app/paths.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { AutosaveField, hasWarning } from './AutosaveField.tsx';
import { useWorkspace } from './context.ts';
import { CorrectionsList } from './CorrectionsList.tsx';
import { DecisionsSection, useSectionStyles } from './DecisionsSection.tsx';
import { FollowUpPanel } from './followUp/FollowUpPanel.tsx';
import { inlineErrors } from './inlineErrors.ts';
import { NotesEditor } from './NotesEditor.tsx';
import { RegisterLinks } from './RegisterLinks.tsx';
import { useSaveStatus } from './saveStatus.ts';

const t = meetingText.item;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '20px', minWidth: 0 },
  titleRow: { display: 'flex', alignItems: 'baseline', gap: '12px', flexWrap: 'wrap', justifyContent: 'space-between' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  section: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', marginRight: '8px' },
  fields: { display: 'flex', flexDirection: 'column', gap: '12px' },
  docs: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  doc: { display: 'flex', gap: '8px', alignItems: 'center' },
  addDoc: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  readText: { margin: 0, whiteSpace: 'pre-wrap' },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export function ItemPanel({ item }: { item: AgendaItemEntry }) {
  const styles = useStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const track = useSaveStatus((s) => s.track);
  const [confidential, setConfidential] = useState(item.confidential);
  const [error, setError] = useState<ApiError | null>(null);
  const number = item.sectionNumber !== null ? meetingText.agenda.sectionNumber(item.sectionNumber) : null;

  return (
    <div className={styles.panel}>
      <div className={styles.titleRow}>
        <h2 id="item-heading" className={styles.h2}>
          {number && <span className={styles.section}>{number}</span>}
          {item.title}
        </h2>
        {!ws.readOnly && (
          <Button
            onClick={() =>
              ws.confirmDelete({ title: t.deleteTitle(item.title), body: t.deleteBody, confirmLabel: t.delete, remove: () => call('agendaItems.delete', { id: item.id }) })
            }
          >
            {t.delete}
          </Button>
        )}
      </div>
      {item.linkedMeetingId && item.linkedMeetingDate && (
        <p className={styles.label}>
          {t.linkedMeetingLabel}{' '}
          <RouterLink to={paths.meeting(ws.detail.meeting.groupId, item.linkedMeetingId)}>{t.linkedMeetingLink(item.linkedMeetingDate)}</RouterLink>
        </p>
      )}
      <ErrorBar error={error} />

      {ws.readOnly ? (
        <div className={styles.fields}>
          {(item.presenterName ?? item.presenterText) && (
            <div>
              <p className={styles.label}>{t.presenter}</p>
              <p className={styles.readText}>{item.presenterName ?? item.presenterText}</p>
            </div>
          )}
          {item.description && (
            <div>
              <p className={styles.label}>{t.description}</p>
              <p className={styles.readText}>{item.description}</p>
            </div>
          )}
          {item.confidential && <p className={styles.label}>{meetingText.agenda.confidential}</p>}
        </div>
      ) : (
        <div className={styles.fields}>
          <AutosaveField
            label={t.title}
            required
            initial={item.title}
            warnings={hasWarning(item.identityWarnings, 'title')}
            warningField="title"
            save={(title) => ws.saveItem(item.id, { title })}
          />
          <AutosaveField
            label={t.presenter}
            hint={t.presenterHint}
            initial={item.presenterText ?? item.presenterName ?? ''}
            warnings={hasWarning(item.identityWarnings, 'presenterText')}
            warningField="presenterText"
            save={(text) => ws.saveItem(item.id, { presenterText: text.trim() ? text : null })}
          />
          <AutosaveField
            label={t.description}
            multiline
            initial={item.description ?? ''}
            warnings={hasWarning(item.identityWarnings, 'description')}
            warningField="description"
            save={(text) => ws.saveItem(item.id, { description: text.trim() ? text : null })}
          />
          <Switch
            label={t.confidential}
            checked={confidential}
            onChange={(_e, d) => {
              setConfidential(d.checked);
              void track(ws.saveItem(item.id, { confidential: d.checked })).then((r) => setError(r.ok ? null : r.error));
            }}
          />
        </div>
      )}

      {item.kind === 'follow_up' && <FollowUpPanel />}
      <BasisDocuments item={item} />

      <section className={section.section} aria-labelledby="item-notes">
        <h3 id="item-notes" className={section.h3}>
          {meetingText.notes.heading}
        </h3>
        <NotesEditor key={`${item.id}-${String(ws.readOnly)}`} itemId={item.id} initial={item.notes} warnings={item.identityWarnings} readOnly={ws.readOnly} labelId="item-notes" />
      </section>

      <DecisionsSection item={item} />
      <RegisterLinks key={item.id} item={item} />
      <CorrectionsList agendaItemId={item.id} />
    </div>
  );
}

function BasisDocuments({ item }: { item: AgendaItemEntry }) {
  const styles = useStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const tb = meetingText.basis;
  const errors = inlineErrors(error);

  const add = async () => {
    const result = await ws.write(() => call('basisDocuments.create', { agendaItemId: item.id, title, reference: reference.trim() ? reference : null }));
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setTitle('');
      setReference('');
    }
  };

  if (ws.readOnly && item.basisDocuments.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby="item-basis">
      <h3 id="item-basis" className={section.h3}>
        {tb.heading}
      </h3>
      {item.basisDocuments.length === 0 ? (
        <p className={section.muted}>{tb.empty}</p>
      ) : (
        <ul className={styles.docs}>
          {item.basisDocuments.map((doc) => (
            <li key={doc.id} className={styles.doc}>
              <span>
                – {doc.title}
                {doc.reference ? `, ${doc.reference}` : ''}
              </span>
              {!ws.readOnly && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={tb.delete(doc.title)}
                  onClick={() => void ws.write(() => call('basisDocuments.delete', { id: doc.id }))}
                >
                  {commonText.delete}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!ws.readOnly && (
        <form
          className={styles.addDoc}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Field label={tb.title} validationMessage={errors.field('title') ?? errors.general}>
            <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
          </Field>
          <Field label={tb.reference} validationMessage={errors.field('reference')}>
            <Input value={reference} onChange={(_e, d) => setReference(d.value)} />
          </Field>
          <Button type="submit">{tb.add}</Button>
        </form>
      )}
    </section>
  );
}
