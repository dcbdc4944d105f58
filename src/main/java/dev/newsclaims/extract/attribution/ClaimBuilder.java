package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.Coreference;
import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.model.Claim;
import java.util.List;

/**
 * Assembles the claims of each unit: asks {@link CueAttribution} for the source and content of every cue,
 * resolves the source with {@link Coreference}, classifies the content (direct, indirect, mixed), splits
 * coordinated reports ("He says A and says B"), keeps nested ones ("X said Y believes Z"), and gives
 * quotes without a cue of their own to the claim just before them, or to an introduction ("Cruz
 * continued:"). The pieces of an interrupted quotation (“A,” he said. “B.” and “A,” she said, “and B.”) are
 * claims of their own that share an utterance number; the attribution between them belongs to neither.
 * A cue whose content is only a noun phrase ("reported a profit") or a perception ("realized") makes no claim.
 */
final class ClaimBuilder {

    /** A claim before the speakers' names are final. Token-free offsets into the article text. */
    record Draft(int start, int end, String kind, Coreference.Entity speaker, Span mention, String cue, Rule rule,
            String act, int utterance) {

        Draft withEnd(int newEnd) {
            return new Draft(start, newEnd, kind, speaker, mention, cue, rule, act, utterance);
        }

        Draft withUtterance(int id) {
            return new Draft(start, end, kind, speaker, mention, cue, rule, act, id);
        }
    }

    /** How a claim was found; each rule has its own measured precision (see {@link Confidence}). */
    enum Rule { HEADLINE_COLON, QUOTE_WITH_CUE, REPORTED_WITH_CUE, MIXED_WITH_CUE, ACCORDING_TO, INVERTED, CONTINUED_QUOTE,
        INTERVIEW_ANSWER }

    /** Quotes this short without a cue are scare quotes ("to “deter” Russia"), not claims. */
    private static final int MIN_UNCUED_QUOTE_WORDS = 5;
    /** A quotation that resumes the one just attributed, and is the whole sentence, may be this short. */
    private static final int MIN_RESUMED_QUOTE_WORDS = 2;

    /** Bounds the work on pathological units ("said said said …"). */
    private static final int MAX_CUES_PER_UNIT = 64;
    /**
     * Reports nest a few deep in news ("X said Y believes Z": at most two claims around another in the evaluation
     * sets); deeper nesting is a storm of cue words, whose claims would each repeat the rest of the sentence.
     */
    private static final int MAX_ENCLOSING_CLAIMS = 3;

    private final CueFinder cueFinder = new CueFinder();
    private final SpeakerFinder speakerFinder = new SpeakerFinder();
    private final CueAttribution cueAttribution = new CueAttribution();

    /** What one article's earlier units leave for the next: the claim before it, and an open introduction. */
    static final class Context {
        /** The last claim before this unit, and whether it is close enough to lend its speaker. */
        Draft previous;
        boolean previousIsNear;
        boolean previousInSameParagraph;
        /** "Cruz continued:" at the end of a unit: the source and cue waiting for the quote that follows. */
        SourceMention introSource;
        String introCue;
        /** The last utterance number given to an interrupted quotation of this article. */
        int utterances;
        /** The article's parts of speech. */
        PartsOfSpeech pos = PartsOfSpeech.NONE;
    }

    /** Claims of one unit, appended to {@code out}. */
    void build(String text, List<Tok> toks, Coreference coref, Context context, List<Draft> out) {
        Draft previous = context.previous;
        boolean previousIsNear = context.previousIsNear;
        boolean previousInSameParagraph = context.previousInSameParagraph;
        SourceMention intro = context.introSource;
        String introCue = context.introCue;
        context.introSource = null;
        context.introCue = null;
        if (signsPreviousQuote(text, toks, coref, previous, out)) {
            return; // "“…” ¶ — Dario Feldt": the line under a quotation names its speaker
        }
        int before = out.size();
        addCuedClaims(text, toks, coref, context, out);
        if (out.size() > before) {
            return;
        }
        if (!toks.isEmpty() && toks.get(toks.size() - 1).isPunct(':')) {
            rememberIntroduction(text, toks, context);
            return;
        }
        addUncuedQuotes(text, toks, coref, context, out, before, previous, previousIsNear, previousInSameParagraph,
                intro, introCue);
    }

    /** The claims of the unit's cues, appended to {@code out}. */
    private void addCuedClaims(String text, List<Tok> toks, Coreference coref, Context context, List<Draft> out) {
        int consumedUntil = -1; // tokens already used by a claim of this unit
        int lastCue = -1;
        SourceMention unitSpeaker = null; // the source of this unit's latest claim
        int cuesTried = 0;
        int before = out.size();
        List<CueFinder.Cue> cues = cueFinder.find(toks, context.pos);
        for (int c = 0; c < cues.size(); c++) {
            CueFinder.Cue cue = cues.get(c);
            if (++cuesTried > MAX_CUES_PER_UNIT) {
                break;
            }
            boolean nested = cue.first() <= consumedUntil;
            CueAttribution.Found found = cueAttribution.attribute(toks, cue, unitSpeaker, context.pos);
            if (found == null) {
                continue;
            }
            String act = actOf(toks, cue, found, context.pos);
            if (nested && found.coordination >= 0) {
                // "He says A and says B": two claims; the first ends where the second verb's clause begins
                Draft last = out.size() > before ? out.get(out.size() - 1) : null;
                int cut = toks.get(found.coordination).isQuote() ? found.coordination
                        : TokenSpans.trimBack(toks, found.coordination - 1);
                int cutEnd = cut < 0 ? -1 : Math.min(last == null ? -1 : last.end(), TokenSpans.contentEnd(text, toks, cut));
                if (last == null || cutEnd <= last.start()) {
                    continue;
                }
                out.set(out.size() - 1, last.withEnd(cutEnd));
            } else if (nested && wrapsEarlierClaims(toks, found, cue, lastCue)) {
                // "Officials expect the bridge to open in May, Jean Dupont said.": the closing attribution is the
                // outer one; the claims before it end where its content does
                int wrappedEnd = TokenSpans.contentEnd(text, toks, found.contentLast);
                if (!endClaimsAt(out, before, wrappedEnd)) {
                    continue;
                }
            } else if (nested) {
                // a report inside reported content ("X said that Y believes Z") needs its own subject after
                // the outer cue, and its content after the verb
                boolean ownSubject = !found.inverted && found.source.start() > toks.get(lastCue).end()
                        && found.contentFirst > cue.last() && found.source.form() != SourceMention.Form.TITLE;
                if (!ownSubject || enclosing(out, before, toks.get(found.contentFirst).start()) >= MAX_ENCLOSING_CLAIMS) {
                    continue;
                }
            }
            if (act == null) {
                continue; // an action ("offered a special dividend") or a perception: no claim
            }
            lastCue = cue.last();
            unitSpeaker = found.source;
            Coreference.Entity speaker = coref.resolve(found.source, found.source.start());
            int start = toks.get(found.contentFirst).start();
            int end = TokenSpans.contentEnd(text, toks, found.contentLast);
            if (end <= start) {
                continue;
            }
            String kind = TokenSpans.kindOf(toks, found.contentFirst, found.contentLast, found.interruption);
            Rule rule = switch (cue.kind()) {
                case ACCORDING_TO -> Rule.ACCORDING_TO;
                case COLON -> Rule.HEADLINE_COLON;
                case VERB -> found.inverted ? Rule.INVERTED
                        : kind.equals("direct") ? Rule.QUOTE_WITH_CUE
                        : kind.equals("mixed") ? Rule.MIXED_WITH_CUE : Rule.REPORTED_WITH_CUE;
            };
            String cueText = text.substring(toks.get(cue.first()).start(), toks.get(cue.last()).end());
            Span mention = new Span(found.source.start(), found.source.end());
            if (found.interruption != null) {
                addPieces(text, toks, found, speaker, mention, cueText, rule, act, context, out);
            } else {
                out.add(new Draft(start, end, kind, speaker, mention, cueText, rule, act, 0));
            }
            consumedUntil = Math.max(found.contentLast, Math.max(cue.last(), found.sourceLast));
        }
    }

    /** Quotes with no cue in their unit continue the previous speaker ("“…” he said. “…”"), appended to {@code out}. */
    private void addUncuedQuotes(String text, List<Tok> toks, Coreference coref, Context context, List<Draft> out,
            int before, Draft previous, boolean previousIsNear, boolean previousInSameParagraph, SourceMention intro,
            String introCue) {
        int unitWords = 0;
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).isWord()) {
                unitWords++;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.isQuote() && intro != null && i <= 1) {
                // the quote an introduction ("Cruz continued:") announced
                Coreference.Entity speaker = coref.resolve(intro, intro.start());
                out.add(new Draft(t.start(), t.end(), "direct", speaker, new Span(intro.start(), intro.end()),
                        introCue, Rule.QUOTE_WITH_CUE, Claim.SPEECH, 0));
                intro = null;
                previous = out.get(out.size() - 1);
                previousInSameParagraph = true;
                continue;
            }
            if (!t.isQuote() || !isStandalone(t, unitWords) || isTitleLike(t.text())) {
                continue;
            }
            SourceMention signed = signature(text, toks, i);
            if (signed != null && TokenSpans.countWords(t.text()) >= MIN_RESUMED_QUOTE_WORDS) {
                // “…” ― Ana Ruiz: a quotation signed with its speaker's name, as under a reader's comment or a
                // pull quote
                Coreference.Entity speaker = coref.resolve(signed, signed.start());
                out.add(new Draft(t.start(), t.end(), "direct", speaker, new Span(signed.start(), signed.end()),
                        toks.get(i + 1).text(), Rule.QUOTE_WITH_CUE, Claim.SPEECH, 0));
                previous = out.get(out.size() - 1);
                previousInSameParagraph = false; // the next quotation is no second piece of this signed one
                continue;
            }
            Draft last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean resumes = last != null && last == previous && previousInSameParagraph
                    && !last.kind().equals("indirect");
            // a quotation resuming the one just attributed may be short ("The budget is gone."); on its own, a
            // short quote is a scare quote
            int minWords = resumes && unitWords <= TokenSpans.countWords(t.text()) + 1 ? MIN_RESUMED_QUOTE_WORDS
                    : MIN_UNCUED_QUOTE_WORDS;
            if (TokenSpans.countWords(t.text()) >= minWords) {
                if (resumes) {
                    // “A,” he said. “B.” — one utterance in two pieces
                    int utterance = last.utterance() > 0 ? last.utterance() : ++context.utterances;
                    out.set(out.size() - 1, last.withUtterance(utterance));
                    out.add(new Draft(t.start(), t.end(), "direct", last.speaker(), last.mention(), last.cue(),
                            last.rule(), last.act(), utterance));
                    previous = out.get(out.size() - 1);
                    continue;
                }
                last = out.size() > before ? out.get(out.size() - 1) : previous;
                boolean near = out.size() > before || previousIsNear;
                Coreference.Entity speaker = last != null && near ? last.speaker() : null;
                Span mention = last != null && near ? last.mention() : null;
                String cue = last != null && near ? last.cue() : null;
                out.add(new Draft(t.start(), t.end(), "direct", speaker, mention, cue, Rule.CONTINUED_QUOTE,
                        Claim.SPEECH, 0));
            }
        }
    }

    /**
     * Speech or thought, from the cue and its content; null when the cue makes no claim. "According to" and a
     * headline colon report speech; a verb is judged by its complement.
     */
    private static String actOf(List<Tok> toks, CueFinder.Cue cue, CueAttribution.Found found, PartsOfSpeech pos) {
        if (cue.kind() != CueFinder.Kind.VERB) {
            return Claim.SPEECH;
        }
        Complement complement;
        if (found.passive) {
            complement = Complement.CLAUSE;
        } else if (found.interruption != null) {
            complement = toks.get(found.contentFirst).isQuote() ? Complement.QUOTE : Complement.CLAUSE;
        } else if (found.contentFirst > cue.last()) {
            complement = found.contentFirst > 0 && toks.get(found.contentFirst - 1).isPunct(':') ? Complement.COLON
                    : Complement.at(toks, found.contentFirst, pos);
        } else {
            // fronted content (", she said."): a clause, or a quotation; a phrase without a finite verb ("In a
            // statement released by her lawyer, the singer denied …") is no content
            boolean quoted = toks.get(found.contentFirst).isQuote() || toks.get(found.contentLast).isQuote();
            if (!quoted && pos.known() && Complement.PREPOSITIONS.contains(toks.get(found.contentFirst).lower())
                    && !hasFiniteVerb(toks, found.contentFirst, found.contentLast, pos)) {
                return null;
            }
            complement = quoted ? Complement.QUOTE : Complement.CLAUSE;
        }
        return Acts.ofVerb(cue.lemma(), complement);
    }

    private static boolean hasFiniteVerb(List<Tok> toks, int first, int last, PartsOfSpeech pos) {
        for (int k = first; k <= last; k++) {
            Tok t = toks.get(k);
            if (t.isQuote() || t.isWord() && PartsOfSpeech.isFiniteVerb(pos.at(t.start()))) {
                return true;
            }
        }
        return false;
    }

    /** “A,” she said, “and B.”: each piece its own claim, one utterance; the attribution words in neither. */
    private static void addPieces(String text, List<Tok> toks, CueAttribution.Found found, Coreference.Entity speaker,
            Span mention, String cue, Rule rule, String act, Context context, List<Draft> out) {
        int firstLast = TokenSpans.trimBack(toks, found.interruption[0] - 1);
        int secondFirst = TokenSpans.skipPunct(toks, found.interruption[1] + 1);
        int utterance = ++context.utterances;
        int[][] pieces = {{found.contentFirst, firstLast}, {secondFirst, found.contentLast}};
        for (int[] piece : pieces) {
            if (piece[0] > piece[1] || piece[0] < 0 || piece[1] >= toks.size()) {
                continue;
            }
            int start = toks.get(piece[0]).start();
            int end = TokenSpans.contentEnd(text, toks, piece[1]);
            if (end > start) {
                out.add(new Draft(start, end, TokenSpans.kindOf(toks, piece[0], piece[1], null), speaker, mention, cue,
                        rule, act, utterance));
            }
        }
    }

    /**
     * Whether {@code found} is a closing attribution ("…, Jean Dupont said." / "…, said Jean Dupont.") whose content,
     * from the unit's start up to its source, holds the earlier cue {@code lastCue} and so the claims made from it.
     */
    private static boolean wrapsEarlierClaims(List<Tok> toks, CueAttribution.Found found, CueFinder.Cue cue, int lastCue) {
        if (lastCue < 0 || found.contentFirst != 0 || found.interruption != null || found.coordination >= 0
                || found.contentLast <= lastCue || found.contentLast >= cue.first()) {
            return false;
        }
        // the attribution closes the sentence after a comma: ", Jean Dupont said" or ", said Jean Dupont"
        int opening = found.inverted ? cue.first()
                : ContentPatterns.attributionStart(toks, TokenSpans.firstTokenOf(toks, found.source, cue.first()), found.source);
        int afterAttribution = found.inverted ? TokenSpans.lastTokenOf(toks, found.source, cue.last()) + 1 : cue.last() + 1;
        int comma = opening - 1;
        return opening > found.contentLast && comma >= 0 && toks.get(comma).isPunct(',')
                && (TokenSpans.substance(toks, afterAttribution, toks.size() - 1) == 0
                        || ContentPatterns.isAdverbial(toks, afterAttribution, toks.size() - 1)); // "… said on Monday."
    }

    /**
     * Ends this unit's claims (those from {@code from} on) at {@code end}, dropping any that would be left empty;
     * false when none of them reaches past it (the closing attribution then adds nothing new).
     */
    /** How many of this unit's claims ({@code out} from {@code from}) are still open at {@code offset}. */
    private static int enclosing(List<Draft> out, int from, int offset) {
        int count = 0;
        for (int k = from; k < out.size(); k++) {
            if (out.get(k).start() <= offset && out.get(k).end() > offset) {
                count++;
            }
        }
        return count;
    }

    private static boolean endClaimsAt(List<Draft> out, int from, int end) {
        boolean cut = false;
        for (int k = out.size() - 1; k >= from; k--) {
            Draft d = out.get(k);
            if (d.end() > end) {
                cut = true;
                if (d.start() >= end) {
                    out.remove(k);
                } else {
                    out.set(k, d.withEnd(end));
                }
            }
        }
        return cut;
    }

    /** A unit ending "… X said:" introduces the next paragraph's quote. */
    private void rememberIntroduction(String text, List<Tok> toks, Context context) {
        List<CueFinder.Cue> cues = cueFinder.find(toks, context.pos);
        for (int k = cues.size() - 1; k >= 0; k--) {
            CueFinder.Cue cue = cues.get(k);
            if (cue.kind() != CueFinder.Kind.VERB) {
                continue;
            }
            SourceMention source = speakerFinder.before(toks, cue.first(), 0);
            if (source != null) {
                context.introSource = source;
                context.introCue = text.substring(toks.get(cue.first()).start(), toks.get(cue.last()).end());
            }
            return;
        }
        // any verb after the opening subject introduces: "17-year-old Jared Potts echoed:"
        SourceMention subject = cueAttribution.unitSubject(toks, toks.size() - 1);
        if (subject != null) {
            int verb = TokenSpans.lastTokenOf(toks, subject, 0) + 1;
            if (verb < toks.size() - 1 && toks.get(verb).isWord() && !toks.get(verb).isCapitalized()) {
                context.introSource = subject;
                context.introCue = toks.get(verb).text();
            }
        }
    }

    /** A quote is standalone when it is not a few quoted words inside a longer sentence of the narrator. */
    /** Longest signature after a quotation: a name of a few words, and a place after a comma ("— Dario Feldt, Tucson"). */
    private static final int MAX_SIGNATURE_TOKENS = 8;

    /**
     * The name signing the quotation at {@code quote}: a dash right after it, then a name that ends the unit or its
     * line (a comma and a place may follow); null when the words after the dash are anything else.
     */
    private SourceMention signature(String text, List<Tok> toks, int quote) {
        int dash = quote + 1;
        if (dash + 1 >= toks.size() || !isSignatureDash(toks.get(dash))) {
            return null;
        }
        int first = dash + 1;
        int last = first;
        while (last + 1 < toks.size() && toks.get(last + 1).isCapitalized()) {
            last++;
        }
        if (!toks.get(first).isCapitalized() || last - first >= MAX_SIGNATURE_TOKENS / 2) {
            return null;
        }
        int k = last + 1;
        if (k < toks.size() && toks.get(k).isPunct(',')) { // "— Dario Feldt, Tucson"
            k++;
            while (k < toks.size() && k - first < MAX_SIGNATURE_TOKENS && toks.get(k).isCapitalized()) {
                k++;
            }
        }
        if (k < toks.size() && toks.get(k).isPunct('.')) {
            k++;
        }
        while (k < toks.size() && isSpace(toks.get(k).text())) {
            k++; // a no-break space at the end of the line
        }
        if (k != toks.size() && !text.substring(toks.get(k - 1).end(), toks.get(k).start()).contains("\n")) {
            return null; // the dash opens an aside of the sentence, not a signature that ends its line
        }
        SourceMention name = speakerFinder.phraseEndingAt(toks, last, first);
        return name != null && name.form() == SourceMention.Form.NAME && name.start() == toks.get(first).start()
                ? name : null;
    }

    /**
     * A unit that is only a signature ("— Dario Feldt, Tucson") right after an uncued quotation on the same line gives
     * that quotation its speaker; true when it did.
     */
    private boolean signsPreviousQuote(String text, List<Tok> toks, Coreference coref, Draft previous, List<Draft> out) {
        if (previous == null || out.isEmpty() || out.get(out.size() - 1) != previous
                || previous.rule() != Rule.CONTINUED_QUOTE && previous.speaker() != null || toks.isEmpty()
                || previous.end() > toks.get(0).start()) {
            return false;
        }
        String between = text.substring(previous.end(), toks.get(0).start());
        if (!between.isBlank() || between.indexOf('\n') >= 0) {
            return false;
        }
        SourceMention signed = signature(text, toks, -1);
        if (signed == null || !onlySignature(toks, signed)) {
            return false;
        }
        Coreference.Entity speaker = coref.resolve(signed, signed.start());
        if (previous.speaker() != null) {
            previous.speaker().claims--; // it was only carried over
        }
        if (speaker != null) {
            speaker.claims++;
        }
        out.set(out.size() - 1, new Draft(previous.start(), previous.end(), previous.kind(), speaker,
                new Span(signed.start(), signed.end()), toks.get(0).text(), Rule.QUOTE_WITH_CUE, previous.act(), 0));
        return true;
    }

    /** Nothing but a place and a period follows the name in the unit ("— Dario Feldt, Tucson."). */
    private static boolean onlySignature(List<Tok> toks, SourceMention signed) {
        for (Tok t : toks) {
            if (t.start() >= signed.end() && !t.isCapitalized() && !t.isPunct(',') && !t.isPunct('.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSignatureDash(Tok t) {
        return t.isDash() && t.text().charAt(0) != '-' || t.text().equals("―");
    }

    private static boolean isStandalone(Tok quote, int unitWords) {
        return unitWords <= 12 || TokenSpans.countWords(quote.text()) >= 8;
    }

    /** "Crippled America: How to Make America Great Again": a title in quotes, not something said. */
    static boolean isTitleLike(String quote) {
        int words = 0;
        int capitalized = 0;
        boolean in = false;
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter && !in) {
                words++;
                capitalized += Character.isUpperCase(c) ? 1 : 0;
            }
            in = letter || c == '\'' || c == '’';
        }
        return words >= 3 && capitalized * 10 >= words * 7;
    }

}
