package dev.newsclaims.extract.entities;

/** One candidate name as found in a run of capitalised words, before the article's mentions are merged. */
record EntityMention(String name, String type, int start) {}
