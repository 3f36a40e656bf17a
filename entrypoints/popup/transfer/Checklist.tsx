/** A group of checkboxes over a fixed list of options; the chosen ones in the list's order. */
export function Checklist<T extends string>({
  legend,
  options,
  label,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  label: (option: T) => string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(e) =>
              onChange(options.filter((o) => (o === option ? e.target.checked : chosen.includes(o))))
            }
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
