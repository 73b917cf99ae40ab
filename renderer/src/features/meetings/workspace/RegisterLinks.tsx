// "Kopplat till uppdrag och mål": which mandates and goals the selected item and each of its
// decisions treat, and a dialog to choose them. Linking is register metadata, not protocol
// content, so it stays possible after the protocol is approved.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AgendaItemEntry, ApiError, Goal, Mandate, RegisterLinks as Links, RegisterTarget } from '../../../../../shared/contract/index.ts';
import { registersUiText } from '../../../../../shared/i18n/sv/ui-registers.ts';
import { call } from '../../../api/client.ts';
import { CheckboxFieldset } from '../../../components/CheckboxFieldset.tsx';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useDialog } from '../../../components/useDialog.ts';
import { useSave } from '../../../components/useSave.ts';
import { useSectionStyles } from './DecisionsSection.tsx';

const t = registersUiText.links;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '8px', alignItems: 'baseline', flexWrap: 'wrap' },
  what: { fontWeight: tokens.fontWeightSemibold },
  links: { flex: '1 1 240px' },
});

type Target = { key: string; label: string; target: RegisterTarget };

export function RegisterLinks({ item }: { item: AgendaItemEntry }) {
  const styles = useStyles();
  const section = useSectionStyles();
  // Keyed by a JSON of ids (and action titles), so the links reload when decisions or actions
  // come or go, not on every save of the item.
  const shape = JSON.stringify(item.decisions.map((d) => [d.id, d.actions.map((a) => [a.id, a.title])]));
  const targets: Target[] = useMemo(() => {
    const decisions = JSON.parse(shape) as [string, [string, string][]][];
    return [
      { key: item.id, label: t.item, target: { agendaItemId: item.id } },
      ...decisions.flatMap(([decisionId, actions], i) => [
        { key: decisionId, label: t.decision(i + 1), target: { decisionId } },
        ...actions.map(([actionId, title]) => ({ key: actionId, label: t.action(title), target: { actionId } })),
      ]),
    ];
  }, [item.id, shape]);
  const [links, setLinks] = useState<Map<string, Links>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const dialog = useDialog<Target>();

  const load = useCallback(async () => {
    const results = await Promise.all(targets.map((x) => call('registerLinks.forTarget', { target: x.target })));
    const failed = results.find((r) => !r.ok);
    setError(failed && !failed.ok ? failed.error : null);
    setLinks(new Map(results.flatMap((r, i) => (r.ok ? [[targets[i]!.key, r.value] as const] : []))));
  }, [targets]);

  useEffect(() => {
    void load();
  }, [load]);

  const describe = (x: Target) => {
    const l = links.get(x.key);
    const titles = l ? [...l.mandates.map((m) => t.mandateLabel(m.title, m.source)), ...l.goals.map((g) => g.title)] : [];
    return titles.length > 0 ? titles.join('; ') : t.none;
  };

  return (
    <section className={section.section} aria-labelledby="item-register-links">
      <h3 id="item-register-links" className={section.h3}>
        {t.heading}
      </h3>
      <ErrorBar error={error} onRetry={() => void load()} />
      <ul className={styles.list}>
        {targets.map((x) => (
          <li key={x.key} className={styles.row}>
            <span className={styles.what}>{x.label}:</span>
            <span className={styles.links}>{describe(x)}</span>
            <Button size="small" aria-label={t.editAria(x.label)} onClick={() => dialog.show(x)}>
              {t.edit}
            </Button>
          </li>
        ))}
      </ul>
      {dialog.value && (
        <LinksDialog
          key={dialog.key}
          open={dialog.open}
          target={dialog.value}
          current={links.get(dialog.value.key)}
          onClose={dialog.close}
          onSaved={async () => {
            dialog.close();
            await load();
          }}
        />
      )}
    </section>
  );
}

type DialogProps = { open: boolean; target: Target; current: Links | undefined; onClose(): void; onSaved(): Promise<void> };

function LinksDialog({ open, target, current, onClose, onSaved }: DialogProps) {
  const save = useSave();
  const [registers, setRegisters] = useState<{ mandates: Mandate[]; goals: Goal[] } | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [mandateIds, setMandateIds] = useState<ReadonlySet<string>>(new Set(current?.mandates.map((m) => m.id)));
  const [goalIds, setGoalIds] = useState<ReadonlySet<string>>(new Set(current?.goals.map((g) => g.id)));

  useEffect(() => {
    void Promise.all([call('mandates.list', {}), call('goals.list', {})]).then(([mandates, goals]) => {
      if (mandates.ok && goals.ok) setRegisters({ mandates: mandates.value, goals: goals.value });
      else setLoadError(!mandates.ok ? mandates.error : !goals.ok ? goals.error : null);
    });
  }, []);

  const toggle = (set: (update: (s: ReadonlySet<string>) => ReadonlySet<string>) => void) => (id: string, on: boolean) =>
    set((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id))));

  const submit = () =>
    void save.run(() => call('registerLinks.set', { target: target.target, mandateIds: [...mandateIds], goalIds: [...goalIds] }), onSaved);

  const empty = registers && registers.mandates.length === 0 && registers.goals.length === 0;
  return (
    <FormDialog open={open} title={t.dialogTitle(target.label)} submitLabel={t.save} save={save} onSubmit={submit} onClose={onClose}>
      <p>{empty ? t.emptyRegister : t.intro}</p>
      <ErrorBar error={loadError} />
      {registers && registers.mandates.length > 0 && (
        <CheckboxFieldset
          id="links-mandates"
          legend={t.mandates}
          scroll
          options={registers.mandates.map((m) => ({ value: m.id, label: t.mandateLabel(m.title, m.source) }))}
          checked={mandateIds}
          onToggle={toggle(setMandateIds)}
        />
      )}
      {registers && registers.goals.length > 0 && (
        <CheckboxFieldset
          id="links-goals"
          legend={t.goals}
          scroll
          options={registers.goals.map((g) => ({ value: g.id, label: g.title }))}
          checked={goalIds}
          onToggle={toggle(setGoalIds)}
        />
      )}
    </FormDialog>
  );
}
