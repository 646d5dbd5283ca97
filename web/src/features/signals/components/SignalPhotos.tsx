import { Image, Link } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../i18n/format';
import { photoUrl, type PhotoView } from '../api';

/** The photos of a signal (re-encoded JPEGs, served with the session cookie), each with a link to the full size. */
export function SignalPhotos({ signalId, number, photos }: { signalId: string; number: string; photos: readonly PhotoView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="dwb-signal-photos">
      {photos.map((photo, index) => {
        const url = photoUrl(signalId, photo.id);
        const position = index + 1;
        return (
          <li key={photo.id} className="dwb-signal-photos__item">
            <figure className="dwb-signal-photos__figure">
              <Image
                photo
                className="dwb-signal-photos__image"
                src={url}
                alt={t('signals.detail.photoAlt', { index: position, number, source: t(`signals.photoSources.${photo.source}`) })}
                loading="lazy"
              />
              <figcaption className="dwb-cell-note">
                {t('signals.detail.photoMeta', { at: formatDateTime(photo.createdAt, language), width: photo.width, height: photo.height })}
              </figcaption>
            </figure>
            <Link href={url}>{t('signals.detail.photoOpen', { index: position })}</Link>
          </li>
        );
      })}
    </ul>
  );
}
