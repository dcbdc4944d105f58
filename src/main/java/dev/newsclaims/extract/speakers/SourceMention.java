package dev.newsclaims.extract.speakers;

/**
 * The words of one sentence that name or refer to a source, analysed: {@code start..end} is the verbatim
 * span; {@code form} says how it refers (a pronoun, a name, a title alone, an organisation, a place, a
 * group); {@code name}, {@code role} and {@code organization} are what those words say (any may be null).
 * {@code type} is person, organization, place or group.
 */
public record SourceMention(int start, int end, Form form, String name, String role, String organization, String type,
        String head) {

    public enum Form { PRONOUN, NAME, TITLE, ORGANIZATION, PLACE, GROUP }
}
