// The decisions of the selected item, each with its text (stock phrase prefilled), type,
// "Expedieras till" and its action items; every change is saved at once or within a second.
import { Button, Combobox, Field, makeStyles, Option, OptionGroup, Select, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { decisionTypes, type AgendaItemEntry, type DecisionEntry, type DecisionType } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { decisionTypeLabel, meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { AutosaveField, hasWarning, IdentityWarningBar } from './AutosaveField.tsx';
import { useWorkspace } from './context.ts';
import { useSaveStatus } from './saveStatus.ts';
import type { ApiError } from '../../../../../shared/contract/index.ts';

const t = meetingText.decisions;
const ta = meetingText.actions;

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '10px' },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '12px', flexWrap: 'wrap' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px 14px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start', '& > *': { flex: '1 1 200px' } },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  actionsTable: { width: '100%', borderCollapse: 'collapse', '& th, & td': { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' } },
  rowButtons: { display: 'flex', gap: '4px' },
  nowrap: { whiteSpace: 'nowrap' },
});

export function DecisionsSection({ item }: { item: AgendaItemEntry }) {
  const styles = useSectionStyles();
  const ws = useWorkspace();
  const [error, setError] = useState<ApiError | null>(null);
  const add = async () => {
    const result = await ws.write(() => call('decisions.create', { agendaItemId: item.id, text: t.phrase(ws.decider), type: 'decision' }));
    setError(result.ok ? null : result.error);
  };
  return (
    <section className={styles.section} aria-labelledby="item-decisions">
      <div className={styles.head}>
        <h3 id="item-decisions" className={styles.h3}>
          {t.heading}
        </h3>
        {!ws.readOnly && <Button onClick={() => void add()}>{t.add}</Button>}
      </div>
      <ErrorBar error={error} />
      {item.decisions.length === 0 && <p className={styles.muted}>{t.empty}</p>}
      {item.decisions.map((decision, index) => (
        <DecisionCard key={decision.id} decision={decision} n={index + 1} />
      ))}
    </section>
  );
}

function recipientKey(r: { organisationId: string | null; groupId: string | null }): string {
  return r.organisationId ? `o:${r.organisationId}` : `g:${r.groupId ?? ''}`;
}

function DecisionCard({ decision, n }: { decision: DecisionEntry; n: number }) {
  const styles = useSectionStyles();
  const ws = useWorkspace();
  const track = useSaveStatus((s) => s.track);
  const textRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [type, setType] = useState<DecisionType>(decision.type);
  const [recipients, setRecipients] = useState<string[]>(decision.recipients.map(recipientKey));
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const headingId = `decision-${decision.id}`;

  useEffect(() => {
    if (ws.focusDecisionId !== decision.id || !textRef.current) return;
    const el = textRef.current;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, [ws.focusDecisionId, decision.id]);

  const update = async (field: string, input: { type?: DecisionType; recipients?: ({ organisationId: string } | { groupId: string })[] }) => {
    const result = await track(call('decisions.update', { id: decision.id, ...input }));
    setFieldError(result.ok ? null : { field, message: result.error.message });
  };

  const { organisations, groups } = ws.lookups;
  const nameOf = (key: string) =>
    key.startsWith('o:') ? (organisations.find((o) => o.id === key.slice(2))?.name ?? key) : (groups.find((g) => g.id === key.slice(2))?.name ?? key);

  if (ws.readOnly) {
    return (
      <article className={styles.card} aria-labelledby={headingId}>
        <h4 id={headingId} className={styles.h4}>
          {t.text(n)} · {decisionTypeLabel[decision.type]}
        </h4>
        <p className={styles.text}>{decision.text}</p>
        <p className={styles.muted}>
          {t.recipients}: {decision.recipients.length ? decision.recipients.map((r) => r.name).join(', ') : t.noRecipients}
        </p>
        <ActionsTable decision={decision} n={n} />
      </article>
    );
  }

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h4 id={headingId} className={styles.h4}>
          {t.text(n)}
        </h4>
        <Button
          size="small"
          aria-label={t.delete(n)}
          onClick={() =>
            ws.confirmDelete({ title: t.deleteTitle(n), body: t.deleteBody, confirmLabel: commonText.delete, remove: () => call('decisions.delete', { id: decision.id }) })
          }
        >
          {commonText.delete}
        </Button>
      </div>
      <AutosaveField
        label={t.text(n)}
        multiline
        required
        // A new decision continues after its stock phrase ("… beslutar att "); the API trims it.
        initial={ws.focusDecisionId === decision.id && !decision.text.endsWith(' ') ? `${decision.text} ` : decision.text}
        inputRef={textRef}
        warnings={hasWarning(decision.identityWarnings, 'text')}
        warningField="text"
        save={(text) => call('decisions.update', { id: decision.id, text })}
      />
      <div className={styles.row}>
        <Field label={t.type} validationMessage={fieldError?.field === 'type' ? fieldError.message : undefined}>
          <Select
            value={type}
            onChange={(_e, d) => {
              const next = d.value as DecisionType;
              setType(next);
              void update('type', { type: next });
            }}
          >
            {decisionTypes.map((code) => (
              <option key={code} value={code}>
                {decisionTypeLabel[code]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.recipients} validationMessage={fieldError?.field === 'recipients' ? fieldError.message : undefined}>
          <Combobox
            multiselect
            placeholder={t.recipientsPlaceholder}
            selectedOptions={recipients}
            value={recipients.map(nameOf).join(', ')}
            onOptionSelect={(_e, d) => {
              setRecipients(d.selectedOptions);
              void update('recipients', {
                recipients: d.selectedOptions.map((key) => (key.startsWith('o:') ? { organisationId: key.slice(2) } : { groupId: key.slice(2) })),
              });
            }}
          >
            <OptionGroup label={meetingText.attendance.columns.organisation}>
              {organisations.map((o) => (
                <Option key={o.id} value={`o:${o.id}`}>
                  {o.name}
                </Option>
              ))}
            </OptionGroup>
            <OptionGroup label={ta.ownerGroups}>
              {groups.map((g) => (
                <Option key={g.id} value={`g:${g.id}`}>
                  {g.name}
                </Option>
              ))}
            </OptionGroup>
          </Combobox>
        </Field>
      </div>
      {hasWarning(decision.identityWarnings, 'recipients') && <IdentityWarningBar />}
      <ActionsTable decision={decision} n={n} />
    </article>
  );
}

function ActionsTable({ decision, n }: { decision: DecisionEntry; n: number }) {
  const styles = useSectionStyles();
  const ws = useWorkspace();
  const tableId = `actions-${decision.id}`;
  return (
    <div className={styles.section}>
      <div className={styles.head}>
        <h5 id={tableId} className={styles.h4}>
          {ta.heading}
        </h5>
        {!ws.readOnly && (
          <Button size="small" aria-label={ta.addFor(n)} onClick={() => ws.editAction(decision, null)}>
            {ta.createTitle}
          </Button>
        )}
      </div>
      {decision.actions.length === 0 ? (
        <p className={styles.muted}>{ta.empty}</p>
      ) : (
        <table className={styles.actionsTable} aria-labelledby={tableId}>
          <thead>
            <tr>
              <th>{ta.columns.title}</th>
              <th>{ta.columns.owner}</th>
              <th>{ta.columns.due}</th>
              <th>{ta.columns.note}</th>
              {!ws.readOnly && <th>{commonText.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {decision.actions.map((action) => (
              <tr key={action.id}>
                <td>{action.title}</td>
                <td>{ta.ownerText(action.owner.personName, action.owner.organisationName, action.owner.groupName)}</td>
                <td className={styles.nowrap}>{action.dueDate}</td>
                <td>{action.note ?? commonText.none}</td>
                {!ws.readOnly && (
                  <td>
                    <div className={styles.rowButtons}>
                      <Button size="small" aria-label={ta.edit(action.title)} onClick={() => ws.editAction(decision, action)}>
                        {commonText.edit}
                      </Button>
                      <Button
                        size="small"
                        aria-label={ta.delete(action.title)}
                        onClick={() =>
                          ws.confirmDelete({
                            title: ta.deleteTitle(action.title),
                            body: ta.deleteBody,
                            confirmLabel: commonText.delete,
                            remove: () => call('actions.delete', { id: action.id }),
                          })
                        }
                      >
                        {commonText.delete}
                      </Button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
