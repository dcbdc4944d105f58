package dev.newsclaims.extract;

import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.util.List;

/** First version (to be replaced by the quotes → cues → speakers → coreference → claims stages). */
final class Attributions {

    record Result(List<Claim> claims, List<Speaker> speakers) {}

    Result find(TextDocument doc, Headline headline) {
        return new Result(List.of(), List.of());
    }
}
