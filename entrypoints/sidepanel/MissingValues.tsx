import { i18n } from '#imports';
import { useState } from 'react';

/** `{name}` or `{name?}` still in a draft: each must get a value before the reply can go in. */
export function placeholdersIn(draft: string): string[] {
  return [...new Set([...draft.matchAll(/\{([\p{L}\p{N}_-]{1,40})\??\}/gu)].map((m) => m[1]!))];
}

/** One field per placeholder left in the draft; filling one puts the value in the draft. */
export function MissingValues({
  names,
  onFill,
}: {
  names: readonly string[];
  onFill: (name: string, value: string) => void;
}) {
  if (names.length === 0) return null;
  return (
    <div className="missing" role="group" aria-label={i18n.t('sidepanel.missingTitle')} data-testid="missing">
      <p className="error">{i18n.t('sidepanel.missingHelp')}</p>
      {names.map((name) => (
        <MissingField key={name} name={name} onFill={onFill} />
      ))}
    </div>
  );
}

function MissingField({ name, onFill }: { name: string; onFill: (name: string, value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') onFill(name, value.trim());
      }}
    >
      <label>
        {`{${name}}`}{' '}
        <input value={value} onChange={(e) => setValue(e.target.value)} data-placeholder={name} />
      </label>
      <button type="submit">{i18n.t('sidepanel.fill')}</button>
    </form>
  );
}
