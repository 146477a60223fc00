import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { KV_CACHE_TYPES, type KvCacheType } from '../../lib/facts/memory';
import { findPreset, HARDWARE_PRESETS, PRESET_GROUPS, type HardwarePreset } from '../../lib/knowledge/hardware-presets';
import { CONTEXT_LIMITS, type HardwareSettings, type Settings } from '../../lib/settings/settings';
import './hardware.css';

// The user's hardware, context length, KV cache type and dimming of cards that do not fit. Numbers are saved once
// they are valid (a short pause after typing, or at once when the field is left); an invalid number is said, not saved.

type Change = (patch: Partial<Settings>) => void;

/** Bounds of each number field (readSettings accepts the same). */
const FIELDS = {
  gpuMemoryGB: { min: 0.5, max: 2048, step: 0.1, whole: false },
  gpuCount: { min: 1, max: 64, step: 1, whole: true },
  systemRamGB: { min: 0, max: 65536, step: 1, whole: false },
  contextTokens: { min: CONTEXT_LIMITS.min, max: CONTEXT_LIMITS.max, step: 1, whole: true },
} as const;
type Field = keyof typeof FIELDS;

const SAVE_AFTER_MS = 400;
const CONTEXT_CHOICES = [4096, 8192, 16384, 32768, 65536, 131072, 262144, 1048576];
const NEW_HARDWARE: HardwareSettings = { preset: null, gpuMemoryGB: 8, gpuCount: 1, systemRamGB: 0, unified: false };

function parse(field: Field, text: string): number | null {
  const { min, max, whole } = FIELDS[field];
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) return null;
  return value;
}

/** The settings for a preset: its GPU memory; Apple silicon's unified memory is also the RAM, with no offload beyond. */
function fromPreset(preset: HardwarePreset, current: HardwareSettings | null): HardwareSettings {
  const apple = preset.unifiedGB > 0;
  return {
    preset: preset.id,
    gpuMemoryGB: preset.gpuMemoryGB,
    gpuCount: apple ? 1 : (current?.gpuCount ?? 1),
    systemRamGB: apple ? preset.unifiedGB : current && !current.unified ? current.systemRamGB : 0,
    unified: apple,
  };
}

export function HardwareFieldset({ settings, change }: { settings: Settings; change: Change }) {
  const { t } = useI18n();
  const hardware = settings.hardware;
  const preset = findPreset(hardware?.preset);
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [custom, setCustom] = useState(false);
  const timers = useRef<Partial<Record<Field, ReturnType<typeof setTimeout>>>>({});
  // A save after a pause runs with the settings of its own time, not of the keystroke's render.
  const latest = useRef(settings);
  latest.current = settings;

  const save = (field: Field, text: string) => {
    clearTimeout(timers.current[field]);
    const { hardware, contextTokens } = latest.current;
    const preset = findPreset(hardware?.preset);
    const value = parse(field, text);
    if (value === null) {
      // Emptying the GPU memory forgets the hardware; other invalid numbers wait for a valid one.
      if (field === 'gpuMemoryGB' && text.trim() === '' && hardware) {
        setDrafts((old) => ({ ...old, [field]: undefined }));
        change({ hardware: null });
      }
      return;
    }
    setDrafts((old) => ({ ...old, [field]: undefined }));
    if (field === 'contextTokens') return value !== contextTokens && change({ contextTokens: value });
    const base = hardware ?? NEW_HARDWARE;
    const next: HardwareSettings = { ...base, [field]: value };
    // A number typed over a preset's makes the profile the user's own.
    if (field === 'gpuMemoryGB' && preset && value !== preset.gpuMemoryGB) next.preset = null;
    if (hardware && JSON.stringify(next) === JSON.stringify(hardware)) return;
    change({ hardware: next });
  };

  const numberField = (field: Field, label: string, value: number | null, hint?: string, disabled = false) => {
    const text = drafts[field] ?? (value === null ? '' : String(value));
    const invalid =
      drafts[field] !== undefined && drafts[field]!.trim() !== '' && parse(field, drafts[field]!) === null;
    const hintId = `hint-${field}`;
    const errorId = `error-${field}`;
    const { min, max, step } = FIELDS[field];
    return (
      <div class="hardware-field">
        <label>
          <span class="hardware-label">{label}</span>
          <input
            type="number"
            name={field}
            inputMode={FIELDS[field].whole ? 'numeric' : 'decimal'}
            min={min}
            max={max}
            step={step}
            value={text}
            disabled={disabled}
            list={field === 'contextTokens' ? 'context-choices' : undefined}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={[hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined}
            onInput={(event) => {
              const next = (event.currentTarget as HTMLInputElement).value;
              setDrafts((old) => ({ ...old, [field]: next }));
              clearTimeout(timers.current[field]);
              timers.current[field] = setTimeout(() => save(field, next), SAVE_AFTER_MS);
            }}
            onChange={(event) => save(field, (event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {hint && (
          <p class="note hardware-hint" id={hintId}>
            {hint}
          </p>
        )}
        {invalid && (
          <p class="note hardware-error" id={errorId} role="alert">
            {t('options_invalid', [min, max])}
          </p>
        )}
      </div>
    );
  };

  const selectValue = hardware ? (preset ? preset.id : 'custom') : custom ? 'custom' : 'none';
  const onPreset = (value: string) => {
    setDrafts({});
    if (value === 'none') {
      setCustom(false);
      return change({ hardware: null });
    }
    if (value === 'custom') {
      setCustom(true);
      return hardware && change({ hardware: { ...hardware, preset: null } });
    }
    const chosen = findPreset(value);
    if (chosen) change({ hardware: fromPreset(chosen, hardware) });
  };

  return (
    <fieldset data-hardware>
      <legend>{t('options_hardware')}</legend>
      <p class="note">{t('options_hardware_hint')}</p>
      {/* A select is labelled by reference, not wrapped: a wrapping label's text would include every option. */}
      <div class="hardware-field hardware-row">
        <label class="hardware-label" for="hardware-preset">
          {t('options_preset')}
        </label>
        <select
          id="hardware-preset"
          name="preset"
          value={selectValue}
          onChange={(event) => onPreset((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="none">{t('options_preset_none')}</option>
          {PRESET_GROUPS.map((group) => (
            <optgroup key={group} label={t(`options_group_${group}`)}>
              {HARDWARE_PRESETS.filter((item) => item.group === group).map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </optgroup>
          ))}
          <option value="custom">{t('options_preset_custom')}</option>
        </select>
      </div>
      {numberField(
        'gpuMemoryGB',
        t('options_gpu_memory'),
        hardware?.gpuMemoryGB ?? null,
        preset && preset.unifiedGB > 0 ? t('options_apple_share', [preset.unifiedGB, preset.gpuMemoryGB]) : undefined,
      )}
      {numberField(
        'gpuCount',
        t('options_gpu_count'),
        hardware?.gpuCount ?? 1,
        undefined,
        !hardware || hardware.unified,
      )}
      {numberField(
        'systemRamGB',
        t('options_system_ram'),
        hardware?.systemRamGB ?? 0,
        t('options_system_ram_hint'),
        !hardware,
      )}
      <label>
        <input
          type="checkbox"
          name="unified"
          checked={hardware?.unified ?? false}
          disabled={!hardware}
          onChange={(event) =>
            hardware &&
            change({ hardware: { ...hardware, unified: (event.currentTarget as HTMLInputElement).checked } })
          }
        />
        <span>{t('options_unified')}</span>
      </label>
      {hardware && (
        <p>
          <button type="button" onClick={() => onPreset('none')}>
            {t('options_clear_hardware')}
          </button>
        </p>
      )}
      {numberField('contextTokens', t('options_context'), settings.contextTokens, t('options_context_hint'))}
      <datalist id="context-choices">
        {CONTEXT_CHOICES.map((tokens) => (
          <option key={tokens} value={tokens} />
        ))}
      </datalist>
      <div class="hardware-field hardware-row">
        <label class="hardware-label" for="hardware-kv-type">
          {t('options_kv_type')}
        </label>
        <select
          id="hardware-kv-type"
          name="kvType"
          value={settings.kvType}
          onChange={(event) => change({ kvType: (event.currentTarget as HTMLSelectElement).value as KvCacheType })}
        >
          {KV_CACHE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`options_kv_${type}`)}
            </option>
          ))}
        </select>
      </div>
      <label>
        <input
          type="checkbox"
          name="dimUnfit"
          checked={settings.dimUnfit}
          onChange={(event) => change({ dimUnfit: (event.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('options_dim_unfit')}</span>
      </label>
    </fieldset>
  );
}
