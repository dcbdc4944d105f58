package dev.newsclaims.model;

/** The article's dateline and byline; any part may be null when the article does not give it. */
public record Dateline(String location, String date, String agency, String author) {}
