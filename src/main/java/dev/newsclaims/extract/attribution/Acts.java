package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.model.Claim;
import java.util.Set;

/**
 * Speech or thought: what a cue attributes, and whether it attributes anything. Speech verbs ("said", "wrote",
 * "announced") report words; thought verbs ("believes", "wants", "expects") report a state of mind or an
 * intention. Perception verbs ("realized", "saw", "found") report what someone noticed, not a claim. Other cue
 * verbs ("praised", "blamed", "described") make a claim only with explicit content: a quotation, a colon or a
 * "that"-clause; with a plain object they report an action.
 */
final class Acts {

    private Acts() {}

    static final Set<String> THOUGHT_LEMMAS = WordTables.setOf("believe", "think", "want", "fear", "expect", "hope",
            "plan", "know", "feel", "doubt", "suspect", "worry", "wonder", "assume", "consider", "wish", "regret",
            "seek", "decide", "remember", "forget");
    static final Set<String> PERCEPTION_LEMMAS = WordTables.setOf("realize", "realise", "see", "find", "learn",
            "discover", "notice", "show", "recognize", "understand", "determine", "verify");
    /** Speech verbs whose "to"-infinitive is their content: "promised to cut taxes", "urged Congress to act". */
    private static final Set<String> INFINITIVE_SPEECH = WordTables.setOf("promise", "pledge", "vow", "threaten",
            "urge", "ask", "tell", "warn", "demand", "advise", "instruct", "propose", "recommend");

    /** The act of a verb cue whose content is {@code complement}, or null when the cue makes no claim. */
    static String ofVerb(String lemma, Complement complement) {
        if (PERCEPTION_LEMMAS.contains(lemma)) {
            return null;
        }
        boolean speech = Lexicon.SPEECH_LEMMAS.contains(lemma);
        boolean thought = THOUGHT_LEMMAS.contains(lemma);
        return switch (complement) {
            case QUOTE, COLON, THAT -> thought ? Claim.THOUGHT : Claim.SPEECH;
            case WH, CLAUSE -> speech ? Claim.SPEECH : thought ? Claim.THOUGHT : null;
            case INFINITIVE -> thought ? Claim.THOUGHT : speech && INFINITIVE_SPEECH.contains(lemma) ? Claim.SPEECH : null;
            case NOUN_PHRASE -> null;
        };
    }
}
