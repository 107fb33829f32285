import type { UiT } from '../i18n/useT';
import type { worklistMessages } from './messages';

type T = UiT<typeof worklistMessages>;

/** Previous / next with "page 2 of 5, 93 cases". */
export function Pager(props: {
  t: T;
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { t, offset, limit, total } = props;
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  return (
    <nav className="gc-pager" aria-label={t('worklist.paging')}>
      <button
        type="button"
        className="gc-btn"
        disabled={page <= 1}
        onClick={() => props.onOffset(Math.max(0, offset - limit))}
      >
        {t('worklist.prev')}
      </button>
      <span className="gc-pager__info" aria-live="polite">
        {t('worklist.page', { page, pages, total })}
      </span>
      <button
        type="button"
        className="gc-btn"
        disabled={page >= pages}
        onClick={() => props.onOffset(offset + limit)}
      >
        {t('worklist.next')}
      </button>
    </nav>
  );
}
