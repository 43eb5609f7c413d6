package se.namndflode.minutes;

/** Who the minutes are rendered for. */
public enum Audience {
    /** The complete minutes, confidential paragraphs included: what is justered, hashed and archived. */
    INTERNAL,
    /**
     * The public version (offentlighetsprincipen): a confidential paragraph keeps its §, public title and
     * diarienummer, and its content is withheld with the ground ("Sekretess enligt OSL 26 kap. 1 §").
     */
    PUBLIC
}
