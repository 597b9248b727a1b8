/** One quoted piece of evidence; the button highlights it in the reply. The quote is only ever text. */
import type { Span } from '../../engine/types';

export interface EvidenceQuoteProps {
  span: Span;
  onShow(): void;
}

const MAX_QUOTE = 280;

export function EvidenceQuote({ span, onShow }: EvidenceQuoteProps) {
  const quote = span.quote.length > MAX_QUOTE ? `${span.quote.slice(0, MAX_QUOTE)}…` : span.quote;
  return (
    <blockquote class="sl-evidence">
      <span class="sl-evidence-text">{quote}</span>
      <button type="button" class="sl-link-button" onClick={onShow}>
        Show in reply
      </button>
    </blockquote>
  );
}
