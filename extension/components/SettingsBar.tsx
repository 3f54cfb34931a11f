import { DOC_TYPE_LABEL, DOC_TYPES, type DocType } from '../../core/analyse/doctype.ts';
import type { Settings } from '../lib/engine.ts';

export interface SettingsBarProps {
  settings: Settings;
  detected?: DocType;
  onChange: (s: Settings) => void;
}

/** Document type (detected unless chosen) and the reference date deciding whether a document is current. */
export function SettingsBar({ settings, detected, onChange }: SettingsBarProps) {
  return (
    <fieldset class="settings">
      <legend class="sr-only">Inställningar för granskningen</legend>
      <label>
        Dokumenttyp
        <select
          value={settings.type}
          onChange={(e) => onChange({ ...settings, type: e.currentTarget.value as DocType | '' })}
        >
          <option value="">Gissa{detected ? ` (${DOC_TYPE_LABEL[detected]})` : ''}</option>
          {DOC_TYPES.map((t) => (
            <option key={t} value={t}>
              {DOC_TYPE_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Referensdatum
        <input
          type="date"
          value={settings.referenceDate}
          onChange={(e) => onChange({ ...settings, referenceDate: e.currentTarget.value })}
        />
      </label>
    </fieldset>
  );
}
