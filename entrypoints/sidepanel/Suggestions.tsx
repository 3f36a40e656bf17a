import { i18n } from '#imports';
import type { TemplateRecord } from '@/utils/db/records';

export interface Suggestion {
  template: TemplateRecord;
  /** The template filled for this comment; may still hold placeholders the user must fill. */
  text: string;
  missing: readonly string[];
  reasons: readonly string[];
}

/** Ranked replies for the selected comment; choosing one puts it in the editor. */
export function Suggestions({
  suggestions,
  chosenId,
  onChoose,
}: {
  suggestions: readonly Suggestion[];
  chosenId: string | null;
  onChoose: (suggestion: Suggestion) => void;
}) {
  if (suggestions.length === 0) return <p className="muted">{i18n.t('sidepanel.noSuggestions')}</p>;
  return (
    <ol className="plain suggestions" data-testid="suggestions">
      {suggestions.map((s) => (
        <li key={s.template.id}>
          <button
            type="button"
            className="suggestion"
            aria-pressed={s.template.id === chosenId}
            data-template-id={s.template.id}
            onClick={() => onChoose(s)}
          >
            <span className="suggestion-title">{s.template.title}</span>
            <span className="suggestion-text">{s.text}</span>
            {s.reasons.includes('used-before') && (
              <span className="chip">{i18n.t('sidepanel.usedBefore')}</span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
