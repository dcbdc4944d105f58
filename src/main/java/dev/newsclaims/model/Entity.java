package dev.newsclaims.model;

/** A named person, organization or place, with how often the article names it. */
public record Entity(String text, String type, int count) {}
