package dev.newsclaims.extract.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.text.Span;
import org.junit.jupiter.api.Test;

class DependentOpeningTest {

    private static boolean depends(String sentence) {
        return DependentOpening.dependsOnPrevious(sentence, new Span(0, sentence.length()));
    }

    @Test
    void pronounsDemonstrativesAndConnectivesPointBack() {
        for (String s : new String[] {"He denied the charges.", "She left early.", "It was the third attempt.",
                "They refused to comment.", "His lawyer said nothing.", "Its shares fell.", "But the plan failed.",
                "However, the court disagreed.", "That's why the vote was delayed.", "That’s why the vote was delayed.",
                "This angered the unions.", "These figures are provisional.", "As a result, prices rose.",
                "In addition, the firm cut jobs.", "Meanwhile, talks continued.", "“It was a mistake,” the coach said.",
                "\"But we will appeal,\" she added.", "And the rain kept falling.", "It’s too early to say.",
                "“We will appeal against the ruling.”", "\"Nobody expected this,\" said she.",
                "“The budget is fair,” they told reporters.", "“The first part of a long quotation.",
                "THEY refused to comment.", "On the other hand, costs rose."}) {
            assertThat(depends(s)).as(s).isTrue();
        }
    }

    @Test
    void sentencesThatStandAlone() {
        for (String s : new String[] {"Heavy rain closed the roads.", "Henrik Olsen won the race.",
                "This year the harvest was poor.", "That night the river burst its banks.",
                "Theirry Lambert resigned.", "The minister resigned.", "Italy won 2-1.", "Butter prices rose.",
                "Itineraries were changed.", "Thesis defences were postponed.", "“We will win,” the coach said.",
                "In a statement, the company said profits rose.", "42 people were injured.", "",
                "“We will appeal against the ruling,” the union's lawyer said.",
                "\"Nobody expected this,\" said Maria Costa, the mayor.", "'Ello, said the constable.",
                "On the otherwise quiet street, a car stopped."}) {
            assertThat(depends(s)).as(s).isFalse();
        }
    }
}
