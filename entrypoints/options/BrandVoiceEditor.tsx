import { i18n } from '#imports';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useRequest } from '@/components/use-request';
import { sendMessage } from '@/utils/messaging/messenger';
import { EMOJI_POLICIES, HONORIFICS, type BrandVoice } from '@/utils/replies/voice';

/** Lists are edited one item per line. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/**
 * The brand voice every reply is filled and checked against (the "consistent" principle):
 * name, how to address people, greeting, signature, channels, words to avoid, emoji, length.
 */
export function BrandVoiceEditor() {
  const settings = useRequest('getSettings', {}, ['settings']);
  if (settings.status !== 'ready') return null;
  return <VoiceForm stored={settings.value.brandVoice} />;
}

function VoiceForm({ stored }: { stored: BrandVoice }) {
  const [voice, setVoice] = useState(stored);
  const [products, setProducts] = useState(stored.products.join('\n'));
  const [banned, setBanned] = useState(stored.bannedWords.join('\n'));
  const [state, setState] = useState<{ kind: 'saved' } | { kind: 'error'; message: string } | null>(null);
  const set = <K extends keyof BrandVoice>(key: K, value: BrandVoice[K]) => {
    setVoice((v) => ({ ...v, [key]: value }));
    setState(null);
  };
  const setChannel = <K extends keyof BrandVoice['channels']>(key: K, value: BrandVoice['channels'][K]) =>
    set('channels', { ...voice.channels, [key]: value });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sendMessage('setBrandVoice', { ...voice, products: lines(products), bannedWords: lines(banned) });
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'error', message: String(error) });
    }
  };

  return (
    <form
      className="voice"
      aria-labelledby="voice-title"
      onSubmit={(e) => void save(e)}
      data-testid="brand-voice"
    >
      <h2 id="voice-title">{i18n.t('voice.title')}</h2>
      <p className="muted">{i18n.t('voice.help')}</p>
      <Field label={i18n.t('voice.brandName')}>
        <input
          value={voice.brandName}
          maxLength={80}
          onChange={(e) => set('brandName', e.target.value)}
          name="brandName"
        />
      </Field>
      <Field label={i18n.t('voice.honorific')}>
        <select
          value={voice.honorific}
          onChange={(e) => set('honorific', e.target.value as BrandVoice['honorific'])}
        >
          {HONORIFICS.map((h) => (
            <option key={h} value={h}>
              {i18n.t(`voice.honorifics.${h === 'bapak-ibu' ? 'bapakIbu' : h}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={i18n.t('voice.greetingId')}>
        <input
          value={voice.greeting.id}
          maxLength={80}
          onChange={(e) => set('greeting', { ...voice.greeting, id: e.target.value })}
        />
      </Field>
      <Field label={i18n.t('voice.greetingEn')}>
        <input
          value={voice.greeting.en}
          maxLength={80}
          onChange={(e) => set('greeting', { ...voice.greeting, en: e.target.value })}
        />
      </Field>
      <Field
        label={i18n.t('voice.signature')}
        help={i18n.t('voice.signatureHelp', ['{agent}', '{initials}'])}
      >
        <input
          value={voice.signature}
          maxLength={80}
          onChange={(e) => set('signature', e.target.value)}
          name="signature"
        />
      </Field>
      <fieldset>
        <legend>{i18n.t('voice.channels')}</legend>
        <label className="row">
          <input
            type="checkbox"
            checked={voice.channels.dm}
            onChange={(e) => setChannel('dm', e.target.checked)}
          />
          {i18n.t('voice.dm')}
        </label>
        <Field label="WhatsApp">
          <input
            value={voice.channels.whatsapp}
            maxLength={80}
            onChange={(e) => setChannel('whatsapp', e.target.value)}
          />
        </Field>
        <Field label={i18n.t('voice.phone')}>
          <input
            value={voice.channels.phone}
            maxLength={80}
            onChange={(e) => setChannel('phone', e.target.value)}
          />
        </Field>
        <Field label={i18n.t('voice.email')}>
          <input
            value={voice.channels.email}
            maxLength={80}
            onChange={(e) => setChannel('email', e.target.value)}
          />
        </Field>
        <Field label={i18n.t('voice.helpLink')}>
          <input
            value={voice.channels.helpLink}
            maxLength={300}
            onChange={(e) => setChannel('helpLink', e.target.value)}
          />
        </Field>
      </fieldset>
      <Field label={i18n.t('voice.products')} help={i18n.t('voice.onePerLine')}>
        <textarea rows={3} value={products} onChange={(e) => setProducts(e.target.value)} />
      </Field>
      <Field label={i18n.t('voice.bannedWords')} help={i18n.t('voice.onePerLine')}>
        <textarea rows={3} value={banned} onChange={(e) => setBanned(e.target.value)} />
      </Field>
      <Field label={i18n.t('voice.emoji')}>
        <select value={voice.emoji} onChange={(e) => set('emoji', e.target.value as BrandVoice['emoji'])}>
          {EMOJI_POLICIES.map((p) => (
            <option key={p} value={p}>
              {i18n.t(`voice.emojiPolicy.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="row">
        <input type="checkbox" checked={voice.slang} onChange={(e) => set('slang', e.target.checked)} />
        {i18n.t('voice.slang')}
      </label>
      <Field label={i18n.t('voice.maxFacebook')}>
        <input
          type="number"
          min={40}
          max={8000}
          value={voice.maxLength.facebook}
          onChange={(e) => set('maxLength', { ...voice.maxLength, facebook: Number(e.target.value) })}
        />
      </Field>
      <Field label={i18n.t('voice.maxInstagram')}>
        <input
          type="number"
          min={40}
          max={2200}
          value={voice.maxLength.instagram}
          onChange={(e) => set('maxLength', { ...voice.maxLength, instagram: Number(e.target.value) })}
        />
      </Field>
      <p className="row">
        <button type="submit" className="primary">
          {i18n.t('options.save')}
        </button>
        {state?.kind === 'saved' && <span role="status">{i18n.t('options.saved')}</span>}
        {state?.kind === 'error' && (
          <span role="alert" className="error">
            {state.message}
          </span>
        )}
      </p>
    </form>
  );
}

export function Field({ label, help, children }: { label: string; help?: string; children: ReactNode }) {
  // The help sits beside the label, not in it: the control's name stays just the label.
  return (
    <div className="field">
      <label>
        <span>{label}</span> {children}
      </label>
      {help && <p className="muted small">{help}</p>}
    </div>
  );
}
