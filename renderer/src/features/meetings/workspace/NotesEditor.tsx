// The item's notes: a TipTap (ProseMirror) editor with paragraphs, bullet and numbered lists,
// bold, italic and undo/redo, saved as its JSON document through 'agendaItems.setNotes'.
import { Button, Divider, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { EditorContent, useEditor, useEditorState, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState, type ReactNode } from 'react';
import type { IdentityWarning } from '../../../../../shared/contract/index.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { hasWarning, IdentityWarningBar } from './AutosaveField.tsx';
import { useAutosave } from './useAutosave.ts';

const t = meetingText.notes;

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '1px' },
  },
  toolbar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', display: 'flex', gap: '2px', alignItems: 'center' },
  divider: { flexGrow: 0, height: '20px', margin: '0 4px' },
  content: {
    padding: '8px 12px',
    minHeight: '140px',
    lineHeight: '1.55',
    '& .ProseMirror': { outlineStyle: 'none', minHeight: '124px' },
    '& .ProseMirror p': { margin: '0 0 8px 0' },
    '& .ProseMirror ul, & .ProseMirror ol': { margin: '0 0 8px 0', paddingLeft: '24px' },
  },
  readOnly: { '& .ProseMirror p': { margin: '0 0 8px 0' }, lineHeight: '1.55' },
  error: { color: tokens.colorPaletteRedForeground1, marginTop: '4px' },
  bold: { fontWeight: tokens.fontWeightBold },
  italic: { fontStyle: 'italic' },
});

type Props = { itemId: string; initial: unknown; warnings: readonly IdentityWarning[]; readOnly: boolean; labelId: string };

export function NotesEditor({ itemId, initial, warnings, readOnly, labelId }: Props) {
  const styles = useStyles();
  const [warn, setWarn] = useState(hasWarning(warnings, 'notes'));
  const autosave = useAutosave<JSONContent>(async (doc) => {
    const result = await call('agendaItems.setNotes', { id: itemId, notes: doc as { type: 'doc' } });
    if (result.ok) setWarn(hasWarning(result.value.identityWarnings, 'notes'));
    return result;
  });
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: false, code: false, codeBlock: false, blockquote: false, horizontalRule: false, strike: false, link: false, underline: false })],
    content: (initial as JSONContent | null) ?? '',
    editable: !readOnly,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        'aria-labelledby': labelId,
        role: 'textbox',
        'aria-multiline': 'true',
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: e }) => autosave.schedule(e.getJSON()),
    onBlur: () => void autosave.flush(),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });

  if (readOnly) {
    return (
      <div className={styles.readOnly}>
        <EditorContent editor={editor} />
      </div>
    );
  }

  const tool = (label: string, active: boolean | undefined, run: () => void, content: ReactNode, disabled = false) => (
    <Tooltip content={label} relationship="label" withArrow>
      <Button size="small" aria-pressed={active === undefined ? undefined : active} appearance={active ? 'primary' : 'subtle'} disabledFocusable={disabled} onClick={run}>
        {content}
      </Button>
    </Tooltip>
  );

  return (
    <div>
      <div className={styles.frame}>
        <div role="group" aria-label={t.toolbar} className={styles.toolbar}>
          {tool(t.bold, state.bold, () => editor.chain().focus().toggleBold().run(), <span className={styles.bold}>F</span>)}
          {tool(t.italic, state.italic, () => editor.chain().focus().toggleItalic().run(), <span className={styles.italic}>K</span>)}
          <Divider vertical className={styles.divider} />
          {tool(t.bullet, state.bullet, () => editor.chain().focus().toggleBulletList().run(), '•')}
          {tool(t.ordered, state.ordered, () => editor.chain().focus().toggleOrderedList().run(), '1.')}
          <Divider vertical className={styles.divider} />
          {tool(t.undo, undefined, () => editor.chain().focus().undo().run(), '↶', !state.canUndo)}
          {tool(t.redo, undefined, () => editor.chain().focus().redo().run(), '↷', !state.canRedo)}
        </div>
        <div className={styles.content}>
          <EditorContent editor={editor} />
        </div>
      </div>
      {autosave.state === 'error' && autosave.error && (
        <div role="alert" className={styles.error}>
          {autosave.error.message}
        </div>
      )}
      {warn && <IdentityWarningBar />}
    </div>
  );
}
