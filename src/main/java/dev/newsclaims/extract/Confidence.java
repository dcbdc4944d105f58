package dev.newsclaims.extract;

import java.util.Map;

/**
 * How much to trust a claim: the precision of the rule that found it, measured with the scorer
 * (loose match) on the PolNeAR training split, lowered when the speaker could not be resolved.
 */
final class Confidence {

    private static final Map<ClaimBuilder.Rule, Double> RULE_PRECISION = Map.of(
            ClaimBuilder.Rule.HEADLINE_COLON, 0.6,
            ClaimBuilder.Rule.QUOTE_WITH_CUE, 0.90,
            ClaimBuilder.Rule.MIXED_WITH_CUE, 0.85,
            ClaimBuilder.Rule.REPORTED_WITH_CUE, 0.75,
            ClaimBuilder.Rule.ACCORDING_TO, 0.80,
            ClaimBuilder.Rule.INVERTED, 0.85,
            ClaimBuilder.Rule.CONTINUED_QUOTE, 0.70);

    /** Statements are the article's own assertions: the score says how check-worthy, not how attributed. */
    static final double STATEMENT = 0.5;

    private Confidence() {}

    static double of(ClaimBuilder.Draft draft) {
        double p = RULE_PRECISION.getOrDefault(draft.rule(), 0.5);
        if (draft.speaker() == null) {
            p *= 0.8;
        }
        return Math.round(p * 100) / 100.0;
    }
}
