package dev.newsclaims.extract.article;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.model.Dateline;

/**
 * What precedes the body: the title (null when the text has none), the dateline (null when absent),
 * and the offset where the body text begins (after the title line and the dateline/byline prefix).
 */
public record Headline(String title, Span titleSpan, Dateline dateline, Span datelineSpan, int bodyStart) {}
