import { TextField } from "@fluentui/react";
import { useEffect, useState } from "react";
import { useStrings } from "../i18n/use-strings";

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly min?: number;
  readonly max?: number;
  readonly suffix?: string;
  readonly placeholder?: string;
}

/** A number that may be left empty; out-of-range or non-numeric text is shown as an error, not saved. */
export function NumberField({ label, value, onChange, min, max, suffix, placeholder }: NumberFieldProps) {
  const { t, f } = useStrings();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setText((current) =>
      Number(current) === value && current !== "" ? current : value === undefined ? "" : String(value),
    );
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    if (trimmed === "") {
      setError(undefined);
      onChange(undefined);
      return;
    }
    const n = Number(trimmed);
    if (!Number.isFinite(n)) return setError(t.notANumber);
    if ((min !== undefined && n < min) || (max !== undefined && n > max))
      return setError(f("outOfRange", { min: min ?? "", max: max ?? "" }));
    setError(undefined);
    onChange(n);
  };
  return (
    <TextField
      label={label}
      value={text}
      inputMode="decimal"
      onChange={(_e, v) => change(v ?? "")}
      {...(suffix ? { suffix } : {})}
      {...(placeholder ? { placeholder } : {})}
      {...(error ? { errorMessage: error } : {})}
    />
  );
}
