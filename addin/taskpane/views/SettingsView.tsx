import { useState } from 'react';
import { Caption1, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { Lang } from '../../../core/i18n';
import { usePane } from '../pane-context';
import { readTyped } from '../allocation-model';
import type { PaneSettings } from '../settings';
import { useStyles } from '../styles';

export function SettingsView() {
  const s = useStyles();
  const { settings, setSettings, t } = usePane();
  const [hours, setHours] = useState(String(settings.hoursPerPersonYear));
  const [step, setStep] = useState(settings.defaultStep);
  const hoursOk = /^\d+$/.test(hours.trim()) && Number(hours) > 0;
  const stepValue = readTyped(step, settings.lang);
  const stepOk = stepValue !== null && stepValue.gt(0);
  const update = (patch: Partial<PaneSettings>) => setSettings({ ...settings, ...patch });

  return (
    <section aria-label={t('tabSettings')} className={s.view}>
      <Field
        label={t('hoursPerPersonYear')}
        validationState={hoursOk ? 'none' : 'error'}
        validationMessage={hoursOk ? undefined : t('badHours')}
      >
        <Input
          value={hours}
          inputMode="numeric"
          onChange={(_, d) => {
            setHours(d.value);
            if (/^\d+$/.test(d.value.trim()) && Number(d.value) > 0)
              update({ hoursPerPersonYear: Number(d.value) });
          }}
        />
      </Field>
      <Field label={t('counting')}>
        <RadioGroup
          value={settings.capacityCounting}
          onChange={(_, d) => update({ capacityCounting: d.value === 'days' ? 'days' : 'months' })}
        >
          <Radio value="months" label={t('countMonths')} />
          <Radio value="days" label={t('countDays')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('defaultStep')}
        validationState={stepOk ? 'none' : 'error'}
        validationMessage={stepOk ? undefined : t('badStep')}
      >
        <Input
          value={step}
          inputMode="decimal"
          onChange={(_, d) => {
            setStep(d.value);
            const v = readTyped(d.value, settings.lang);
            if (v !== null && v.gt(0)) update({ defaultStep: d.value });
          }}
        />
      </Field>
      <Field label={t('language')}>
        <RadioGroup value={settings.lang} onChange={(_, d) => update({ lang: d.value as Lang })}>
          <Radio value="da" label={t('danish')} />
          <Radio value="en" label={t('english')} />
        </RadioGroup>
      </Field>
      <Caption1>{t('settingsSaved')}</Caption1>
    </section>
  );
}
