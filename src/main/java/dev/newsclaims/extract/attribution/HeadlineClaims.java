package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.Coreference;
import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Claims a headline attributes to a named source: "Pence: Flowers won't be at the debate", "Lindsey Graham says
 * …", "‘We are not going anywhere’: Residents vow to fight eviction". A headline's words are capitalised and its
 * grammar clipped, so only these explicit forms count, and only with a source that is not a pronoun.
 */
final class HeadlineClaims {

    /** Longest subject read after a headline's opening quotation ("Residents of Elm Street vow …"). */
    private static final int MAX_SUBJECT_TOKENS = 6;
    /** "Rush Limbaugh: …" names a source; "Elizabeth Warren Hammers Wells Fargo CEO: …" is a headline's own words. */
    private static final int MAX_COLON_SOURCE_WORDS = 3;

    private final ClaimBuilder claimBuilder;
    private final SpeakerFinder speakerFinder = new SpeakerFinder();

    HeadlineClaims(ClaimBuilder claimBuilder) {
        this.claimBuilder = claimBuilder;
    }

    /** The claims of the headline whose tokens are {@code toks}. */
    List<ClaimBuilder.Draft> find(String text, List<Tok> toks, Coreference coref, PartsOfSpeech pos) {
        List<ClaimBuilder.Draft> out = new ArrayList<>();
        if (toks.size() >= 4 && toks.get(0).isQuote() && toks.get(1).isPunct(':')) {
            ClaimBuilder.Draft quoted = quotationThenSubject(toks, coref, pos);
            if (quoted != null) {
                out.add(quoted);
            }
            return out;
        }
        ClaimBuilder.Context context = new ClaimBuilder.Context();
        context.pos = pos;
        List<ClaimBuilder.Draft> drafts = new ArrayList<>();
        claimBuilder.build(text, toks, coref, context, drafts);
        for (ClaimBuilder.Draft d : drafts) {
            if (d.speaker() != null && d.rule() != ClaimBuilder.Rule.CONTINUED_QUOTE && !isPronoun(text, d.mention())
                    && isExplicit(text, d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** "‘We are not going anywhere’: Residents vow …": the quotation is said by the subject after the colon. */
    private ClaimBuilder.Draft quotationThenSubject(List<Tok> toks, Coreference coref, PartsOfSpeech pos) {
        int verb = 2;
        while (verb < toks.size() && verb - 2 < MAX_SUBJECT_TOKENS && toks.get(verb).isWord()
                && !isVerb(pos.at(toks.get(verb).start()))
                && !(verb > 2 && verb + 1 < toks.size() && toks.get(verb + 1).is("to"))) { // "Tenants vow to …"
            verb++;
        }
        if (verb < toks.size() && verb > 2 && verb + 1 < toks.size() && toks.get(verb + 1).is("to")) {
            SourceMention subject = speakerFinder.genericPhrase(toks, 2, verb - 1);
            return subject == null ? null : quotation(toks, subject, coref);
        }
        if (verb == 2 || verb >= toks.size() || !isVerb(pos.at(toks.get(verb).start()))) {
            return null;
        }
        SourceMention subject = speakerFinder.genericPhrase(toks, 2, verb - 1);
        return subject == null ? null : quotation(toks, subject, coref);
    }

    private static ClaimBuilder.Draft quotation(List<Tok> toks, SourceMention subject, Coreference coref) {
        if (subject.form() == SourceMention.Form.PRONOUN) {
            return null;
        }
        Coreference.Entity speaker = coref.resolve(subject, subject.start());
        if (speaker == null && subject.name() != null) {
            // a headline capitalises every word: "Tenants" that name no one are the group of tenants
            speaker = coref.resolve(new SourceMention(subject.start(), subject.end(), SourceMention.Form.GROUP,
                    subject.name().toLowerCase(Locale.ROOT), null, null, "group", subject.head()),
                    subject.start());
        }
        if (speaker == null) {
            return null;
        }
        Tok quote = toks.get(0);
        return new ClaimBuilder.Draft(quote.start(), quote.end(), "direct", speaker,
                new Span(subject.start(), subject.end()), ":", ClaimBuilder.Rule.HEADLINE_COLON, Claim.SPEECH, 0);
    }

    /** A plain speech verb ("says"), or a colon after a short source ("Pence:"); capitalised words say little more. */
    private static boolean isExplicit(String text, ClaimBuilder.Draft d) {
        if (d.cue() == null) {
            return false;
        }
        if (d.cue().equals(":")) {
            return d.mention().of(text).split("\\s+").length <= MAX_COLON_SOURCE_WORDS;
        }
        return Lexicon.SPEECH_VERB_FORMS.contains(d.cue().toLowerCase(Locale.ROOT));
    }

    private static boolean isVerb(String tag) {
        return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
    }

    private static boolean isPronoun(String text, Span mention) {
        if (mention == null) {
            return true;
        }
        String m = mention.of(text).toLowerCase(Locale.ROOT);
        return Lexicon.PRONOUNS.contains(m);
    }
}
