package dev.newsclaims.extract.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the shipped model makes of the kinds of sentence a fact-checker sorts every day. */
class CheckworthinessModelTest {

    /** The statement threshold (StatementFinder): a probability calibrated for a set half check-worthy. */
    private static final double THRESHOLD = 0.5;

    private final CheckworthinessModel model = CheckworthinessModel.standard();

    private static final String NUMERIC_FACT =
            "Unemployment in the region fell to 4.1 percent in March, the lowest level since 2008.";
    private static final String PLAIN_FACT = "The council approved the plan last year.";
    private static final String OPINION = "I think the new stadium is a terrible idea.";
    private static final String PROMISE = "I promise to fix every road in this county.";
    private static final String PREDICTION = "The market will recover by the end of next year.";
    private static final String QUESTION = "Why did the mayor wait so long to act?";
    private static final String ANECDOTE = "I spent 20 minutes looking for my keys this morning.";

    @Test
    void aFactualClaimWithNumbersIsCheckWorthy() {
        assertThat(model.probability(NUMERIC_FACT)).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(model.probability("The factory closed in 2019 and 1,200 workers lost their jobs."))
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void opinionsPromisesPredictionsAndQuestionsAreNot() {
        for (String s : new String[] {OPINION, PROMISE, PREDICTION, QUESTION}) {
            assertThat(model.probability(s)).as(s).isLessThan(THRESHOLD);
        }
    }

    @Test
    void aFactualClaimWithoutNumbersOutranksOpinionsPromisesPredictionsAndQuestions() {
        double plain = model.probability(PLAIN_FACT);
        for (String s : new String[] {OPINION, PROMISE, PREDICTION, QUESTION}) {
            assertThat(model.probability(s)).as(s).isLessThan(plain);
        }
    }

    @Test
    void aPersonalAnecdoteWithANumberRanksBelowAPublicFigure() {
        assertThat(model.probability(ANECDOTE)).isLessThan(model.probability(NUMERIC_FACT))
                .isLessThan(model.probability("The factory closed in 2019 and 1,200 workers lost their jobs."));
    }

    @Test
    void aSentenceScoresTheSameAloneAndInsideALongerText() {
        String text = "Earlier. " + NUMERIC_FACT + " Later.";
        int start = text.indexOf(NUMERIC_FACT);
        assertThat(model.probability(text, start, start + NUMERIC_FACT.length())).isEqualTo(model.probability(NUMERIC_FACT));
    }

    @Test
    void anyInputGetsAProbability() {
        String longText = "The budget rose by 3 percent. ".repeat(2_000);
        for (String s : new String[] {"", " ", "?!…", "\u0000\uFFFF\uD800", "12345678901234567890", longText}) {
            double p = model.probability(s);
            assertThat(p).as(s.length() > 40 ? "long text" : s).isBetween(0.0, 1.0);
            assertThat(model.probability(s)).isEqualTo(p);
        }
        assertThat(model.probability("abc", -5, 99)).isBetween(0.0, 1.0);
    }
}
