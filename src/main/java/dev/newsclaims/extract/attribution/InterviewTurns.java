package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * Question-and-answer interviews: "Q: Why did you resign?" is the interviewer's question, never a claim;
 * "A: I could no longer support the plan." is the interviewee's answer, verbatim. The interviewee is the person the
 * article names last before the answer (the introduction: "Ada Kerr spoke to us about …").
 */
final class InterviewTurns {

    private InterviewTurns() {}

    /** "Q:" or "Question:" opening a unit. */
    static boolean isQuestion(List<Tok> toks) {
        return opensWith(toks, "q") || opensWith(toks, "question");
    }

    /** "A:" or "Answer:" opening a unit. */
    static boolean isAnswer(List<Tok> toks) {
        return opensWith(toks, "a") || opensWith(toks, "answer");
    }

    /** The token where the answer's words begin (after "A:"). */
    static int answerStart(List<Tok> toks) {
        return TokenSpans.skipPunct(toks, 2);
    }

    private static boolean opensWith(List<Tok> toks, String label) {
        return toks.size() >= 3 && toks.get(0).isWord() && toks.get(0).lower().equals(label)
                && Character.isUpperCase(toks.get(0).text().charAt(0)) && toks.get(1).isPunct(':');
    }
}
