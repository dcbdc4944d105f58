package dev.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The structured summary of one article: the contract that the store, the API, the command line
 * and the evaluation scorer all read. Field names are part of the public format.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleSummary(
        String id,
        Source source,
        String title,
        Dateline dateline,
        String language,
        List<String> summary,
        List<Speaker> speakers,
        List<Claim> claims,
        List<Entity> entities,
        Engine engine) {

    public ArticleSummary withIdAndSource(String newId, Source newSource) {
        return new ArticleSummary(newId, newSource, title, dateline, language, summary, speakers, claims, entities, engine);
    }

    public ArticleSummary withLanguage(String detected) {
        return new ArticleSummary(id, source, title, dateline, detected, summary, speakers, claims, entities, engine);
    }

    public ArticleSummary withClaims(List<Claim> newClaims) {
        return new ArticleSummary(id, source, title, dateline, language, summary, speakers, newClaims, entities, engine);
    }
}
