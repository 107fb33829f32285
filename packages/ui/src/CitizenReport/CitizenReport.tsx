import type { Locale, ValidationIssue } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { SchemaForm } from '@gridcase/forms/react';
import { useMemo, useState } from 'react';
import type {
  CitizenClient,
  PublicIntake,
  PublicReceipt,
  PublicReportInput,
  PublicUpload,
} from '../client/citizenTypes';
import { GridcaseApiError } from '../client/GridcaseApiError';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { GcRoot } from '../shared/GcRoot';
import { RefusalAlert } from '../shared/RefusalAlert';
import { StatusView } from '../shared/StatusView';
import { useResource } from '../shared/useResource';
import type { GridcaseTheme } from '../theme/theme';
import { CaseTypeChoice } from './CaseTypeChoice';
import { Honeypot } from './Honeypot';
import { citizenReportMessages } from './messages';
import { ReportReceipt } from './ReportReceipt';
import { AREA_FIELD, reportForm, splitReport } from './reportForm';
import { usePhotoUpload } from './usePhotoUpload';

export interface CitizenReportProps {
  /** The county's citizen channel; default: the provider's `citizenClient`. */
  client?: CitizenClient;
  /** Or the intake as data, with `onReport` (and `onUploadPhoto` for photos). */
  intake?: PublicIntake;
  onReport?: (input: PublicReportInput) => Promise<PublicReceipt>;
  onUploadPhoto?: (file: File) => Promise<PublicUpload>;
  loading?: boolean;
  error?: Error | string;
  /** The case type to start with (else the first the county opened). */
  caseType?: string;
  /** An area to start with, e.g. the grid a posted QR code names. */
  defaultArea?: string;
  /** After a report was received. */
  onReceipt?: (receipt: PublicReceipt, caseType: string) => void;
  /** Shows "follow my report" on the receipt. */
  onTrack?: (receipt: PublicReceipt) => void;
  /** Keep a draft of the half-filled form on this device until it is sent (default true). */
  saveDraft?: boolean;
  locale?: Locale;
  theme?: GridcaseTheme;
}

/**
 * The citizen's "scan a code to report" page, no sign-in: the county's public form for a case
 * type, where it happened, photos (the phone's camera), and a receipt with the tracking code and
 * secret. Every refusal (too many reports, a photo too large, the same report twice) shows the
 * server's coded message and what to do; a hidden honeypot field catches form-filling robots.
 *
 * @example
 * ```tsx
 * const citizen = createCitizenClient({ baseUrl: '/api', countyId: 'fengyuan' });
 * <CitizenReport client={citizen} onTrack={(r) => navigate(`/track/fengyuan?code=${r.trackingCode}`)} />
 * ```
 */
export function CitizenReport(props: CitizenReportProps) {
  const ctx = useGridcase();
  const t = useT(citizenReportMessages, props.locale);
  const client = props.client ?? ctx.citizenClient;
  const loaded = useResource(
    props.intake ? undefined : client && (() => client.intake()),
    `intake:${t.locale}`,
  );
  const intake = props.intake ?? loaded.data;
  const [chosen, setChosen] = useState(props.caseType);
  const [receipt, setReceipt] = useState<PublicReceipt>();
  const [refusal, setRefusal] = useState<unknown>();
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [website, setWebsite] = useState('');
  const [round, setRound] = useState(0);
  const type = intake?.caseTypes.find((c) => c.caseType === chosen) ?? intake?.caseTypes[0];
  const uploadPhoto =
    props.onUploadPhoto ?? (client && ((file: File) => client.uploadPhoto(file, file.name)));
  const onUpload = usePhotoUpload(uploadPhoto, intake?.limits, t.locale, setRefusal);
  const limits = intake?.limits;
  // the county is implied: the picker starts at the townships
  const areas = useMemo(() => intake?.areas.filter((a) => a.level !== 'county'), [intake]);
  const form = useMemo(
    () =>
      type &&
      limits &&
      reportForm(type, limits, {
        area: t('citizen.area'),
        areaHelp: t('citizen.areaHelp'),
        photos: t('citizen.photos'),
        photosHelp: t('citizen.photosHelp', {
          max: limits.photosPerReport,
          limitMb: Math.floor(limits.photoBytes / 1048576),
        }),
      }),
    [type, limits, t],
  );
  const send = props.onReport ?? (client && ((input: PublicReportInput) => client.report(input)));

  const submit = async (values: Record<string, unknown>) => {
    if (!type || !send) return false;
    setRefusal(undefined);
    setIssues([]);
    try {
      const input = { caseType: type.caseType, ...splitReport(values) };
      const got = await send(website ? { ...input, website } : input);
      setReceipt(got);
      props.onReceipt?.(got, type.caseType);
      return true;
    } catch (error) {
      const api = error instanceof GridcaseApiError ? error : undefined;
      if (api?.issues.length) setIssues(api.issues);
      setRefusal(error);
      return false;
    }
  };

  const noSource = !intake && !client && !props.loading && !props.error;
  const countyName = intake ? localize(intake.county.name, t.locale) : '';
  return (
    <GcRoot as="section" className="gc-citizen" locale={t.locale} theme={props.theme}>
      {intake && (
        <h1 className="gc-heading gc-citizen__title">
          {t('citizen.heading', { county: countyName })}
        </h1>
      )}
      {loaded.error instanceof GridcaseApiError && !props.error ? (
        <RefusalAlert t={t} error={loaded.error} />
      ) : (
        <StatusView
          locale={t.locale}
          loading={props.loading ?? loaded.loading}
          error={props.error ?? loaded.error ?? (noSource ? t('common.noClient') : undefined)}
          onRetry={client ? loaded.reload : undefined}
          empty={!!intake && intake.caseTypes.length === 0}
          emptyText={t('citizen.none')}
        >
          {receipt ? (
            <ReportReceipt
              t={t}
              receipt={receipt}
              onTrack={props.onTrack && (() => props.onTrack?.(receipt))}
              onAnother={() => {
                setReceipt(undefined);
                setRound((n) => n + 1);
              }}
            />
          ) : (
            intake &&
            type &&
            form && (
              <>
                <p className="gc-muted">{t('citizen.lead')}</p>
                {intake.caseTypes.length > 1 && (
                  <CaseTypeChoice
                    t={t}
                    types={intake.caseTypes}
                    chosen={type.caseType}
                    onChoose={setChosen}
                  />
                )}
                <h2 className="gc-subheading">{localize(form.title, t.locale)}</h2>
                <SchemaForm
                  key={`${type.caseType}:${round}`}
                  form={form}
                  locale={t.locale}
                  areaOptions={areas ?? []}
                  serverIssues={issues}
                  submitLabel={t('citizen.submit')}
                  onSubmit={submit}
                  {...(onUpload ? { onUpload } : {})}
                  {...(props.defaultArea
                    ? { defaultValues: { [AREA_FIELD]: props.defaultArea } }
                    : {})}
                  {...(props.saveDraft !== false
                    ? { draftKey: `public:${intake.county.id}:${type.caseType}` }
                    : {})}
                >
                  <Honeypot label={t('citizen.honeypot')} value={website} onChange={setWebsite} />
                  {refusal !== undefined && <RefusalAlert t={t} error={refusal} />}
                  {props.saveDraft !== false && (
                    <p className="gc-muted">{t('citizen.draftNote')}</p>
                  )}
                </SchemaForm>
              </>
            )
          )}
        </StatusView>
      )}
    </GcRoot>
  );
}
