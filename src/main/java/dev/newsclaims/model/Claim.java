package dev.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One claim. {@code text} is always exactly {@code article.substring(start, end)}.
 * {@code kind} is direct, indirect, mixed or statement (the article's own assertion, speaker null).
 * {@code act} is speech (said, wrote, according to) or thought (believes, wants, expects); null for a statement.
 * {@code utterance} is shared by the pieces of one interrupted quotation ("A," she said, "B."); null for a claim
 * in one piece. {@code checkworthiness} is the probability (0–1) that the claim's words are a check-worthy factual
 * claim, whoever makes it (calibrated on the ClaimBuster benchmark, see the model card of
 * {@code extract/checkworthiness}). {@code quoteId} names the quotation group of a direct or mixed claim of six
 * quoted words or more once the claim is stored (the same words in other articles share it); null otherwise.
 */
public record Claim(
        String text,
        int start,
        int end,
        String kind,
        String act,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer utterance,
        String speaker,
        Mention mention,
        String cue,
        double confidence,
        double checkworthiness,
        @JsonInclude(JsonInclude.Include.NON_NULL) String quoteId) {

    public static final String SPEECH = "speech";
    public static final String THOUGHT = "thought";

    /** A claim not yet in a quotation group. */
    public Claim(String text, int start, int end, String kind, String act, Integer utterance, String speaker,
            Mention mention, String cue, double confidence, double checkworthiness) {
        this(text, start, end, kind, act, utterance, speaker, mention, cue, confidence, checkworthiness, null);
    }

    /** A claim not yet scored for check-worthiness (0). */
    public Claim(String text, int start, int end, String kind, String act, Integer utterance, String speaker,
            Mention mention, String cue, double confidence) {
        this(text, start, end, kind, act, utterance, speaker, mention, cue, confidence, 0);
    }

    /** A claim in one piece; speech unless it is a statement. */
    public Claim(String text, int start, int end, String kind, String speaker, Mention mention, String cue,
            double confidence) {
        this(text, start, end, kind, "statement".equals(kind) ? null : SPEECH, null, speaker, mention, cue, confidence);
    }

    /** This claim in the quotation group {@code id}. */
    public Claim withQuoteId(String id) {
        return new Claim(text, start, end, kind, act, utterance, speaker, mention, cue, confidence, checkworthiness, id);
    }
}
