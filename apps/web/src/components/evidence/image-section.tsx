import Link from 'next/link';
import type { EvidenceDetailView, FieldLocale } from '@cairn/contracts';
import { itemPage, revealLocation } from '../../evidence/evidence-api';
import { coordinate } from '../../evidence/evidence-format';
import type { EvidenceMessages } from '../../evidence/evidence-messages';
import styles from './evidence.module.css';

type Image = NonNullable<NonNullable<EvidenceDetailView['analysis']>['image']>;

/**
 * A picture: its preview, size and EXIF, the place it was taken only once asked for (the
 * API audits that read), and the same picture in other cases the reader may see.
 */
export async function ImageSection({
  image,
  item,
  name,
  words,
  locale,
  showLocation,
  token,
}: {
  image: Image;
  item: EvidenceDetailView;
  name: string;
  words: EvidenceMessages;
  locale: FieldLocale;
  showLocation: boolean;
  token: string;
}) {
  // Asked for by the reader, and written in the audit log by the API.
  const gps = image.hasGps && showLocation ? await revealLocation(item.id, token) : null;
  const exif = Object.entries(image.exif);
  return (
    <section aria-labelledby="image-heading">
      <h2 id="image-heading">{words.imageTitle}</h2>
      {image.hasThumbnail && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className={styles.preview}
          src={itemPage(item.caseId, item.id, '/thumbnail')}
          alt={words.thumbnailOf(name)}
        />
      )}
      {image.width !== null && image.height !== null && (
        <p>
          {words.dimensions}: {image.width} × {image.height}
        </p>
      )}
      <h3>{words.exif}</h3>
      {exif.length === 0 ? (
        <p>{words.exifNone}</p>
      ) : (
        <dl className="facts">
          {exif.map(([key, value]) => (
            <div className="fact" key={key}>
              <dt>{key}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{words.location}</h3>
      {!image.hasGps ? (
        <p>{words.noLocation}</p>
      ) : gps ? (
        <p>
          {words.locationShown(coordinate(gps.latitude, locale), coordinate(gps.longitude, locale))}
          {gps.altitude !== null && ` ${words.altitude(coordinate(gps.altitude, locale))}`}
        </p>
      ) : (
        <form method="get" action={itemPage(item.caseId, item.id)}>
          <p>{words.locationHidden}</p>
          <input type="hidden" name="location" value="show" />
          <button type="submit" className="secondary">
            {words.showLocation}
          </button>
        </form>
      )}
      {image.similar.length > 0 && (
        <>
          <h3>{words.similar}</h3>
          <ul>
            {image.similar.map((other) => (
              <li key={other.id}>
                <Link href={itemPage(other.caseId, other.id)}>
                  {words.similarItem(other.caseReference, other.distance)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
