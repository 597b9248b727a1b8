import type { Finding, Span } from '../engine/types';
import { SeverityBadge } from './SeverityBadge';

/** Evidence longer than this is cut, so one long quote cannot push every other finding out of view. */
const MAX_QUOTE_CHARS = 280;

export interface FindingItemProps {
  finding: Finding;
  /** Readable names of the turns evidence can point into, by turn id ("Reply", "User message"). */
  turnLabels?: Readonly<Record<string, string>>;
  /**
   * The turn most evidence is in (the reply). When every quote is from it, quotes go without a
   * caption; as soon as one is from elsewhere, each quote says where it is from.
   */
  primaryTurnId?: string;
}

/** Only web links may become hrefs; anything else (javascript:, data:) is shown as plain text. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function shortQuote(quote: string): string {
  return quote.length > MAX_QUOTE_CHARS ? `${quote.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : quote;
}

function Evidence({ span, label }: { span: Span; label: string | undefined }) {
  return (
    <figure class="sl-evidence">
      {label && <figcaption class="sl-evidence__where">{label}</figcaption>}
      <blockquote class="sl-evidence__quote">{shortQuote(span.quote)}</blockquote>
    </figure>
  );
}

export function FindingItem({ finding, turnLabels = {}, primaryTurnId }: FindingItemProps) {
  const { spec } = finding;
  const captioned = primaryTurnId === undefined || finding.evidence.some((span) => span.turnId !== primaryTurnId);
  return (
    <article class="sl-finding" aria-label={`${finding.severity} severity: ${finding.title}`}>
      <header class="sl-finding__head">
        <SeverityBadge severity={finding.severity} />
        <h3 class="sl-finding__title">{finding.title}</h3>
      </header>
      <p class="sl-finding__message">{finding.message}</p>
      {finding.evidence.map((span) => (
        <Evidence key={`${span.turnId}:${span.start}:${span.end}`} span={span} label={captioned ? turnLabels[span.turnId] : undefined} />
      ))}
      <footer class="sl-finding__foot">
        {isWebUrl(spec.url) ? (
          <a class="sl-finding__spec" href={spec.url} target="_blank" rel="noopener noreferrer">
            Model Spec: {spec.title}
          </a>
        ) : (
          <span class="sl-finding__spec">Model Spec: {spec.title}</span>
        )}
        <span class="sl-finding__confidence">{finding.confidence} confidence</span>
      </footer>
    </article>
  );
}
