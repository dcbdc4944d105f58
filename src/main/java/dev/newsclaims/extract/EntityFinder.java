package dev.newsclaims.extract;

import dev.newsclaims.model.Entity;
import dev.newsclaims.model.Speaker;
import java.util.List;

/** First version (to be replaced): the speakers as entities. */
final class EntityFinder {

    List<Entity> find(TextDocument doc, Headline headline, List<Speaker> speakers) {
        return speakers.stream().map(s -> new Entity(s.name(), s.type(), 1)).toList();
    }
}
