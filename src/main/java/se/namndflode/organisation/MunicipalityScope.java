package se.namndflode.organisation;

import java.util.List;
import java.util.Objects;

/**
 * The municipalities a page's lists and figures are of, by name: the signed-in user's (every page's model has
 * them as {@code myMunicipalities}, read only when a page shows them) or the one a page was asked for. A user of
 * several municipalities sees which one they look at: the scope line of the overview pages
 * ({@code fragments/scope.html}) names them, and a board is named with its municipality ({@link #qualified}).
 *
 * @param municipalities the municipalities, by name
 */
public record MunicipalityScope(List<Municipality> municipalities) {

    public MunicipalityScope {
        municipalities = List.copyOf(municipalities);
    }

    /** The municipalities' names, in order (e.g. "Sjöstads kommun", "Stockholms stad"). */
    public List<String> names() {
        return municipalities.stream().map(Municipality::getName).toList();
    }

    /** The scope of one of these municipalities (by code): the one a page shows; empty when it is none of them. */
    public MunicipalityScope only(String code) {
        return new MunicipalityScope(municipalities.stream()
                .filter(municipality -> Objects.equals(municipality.getCode(), code)).toList());
    }

    /** Whether there are several, so that a board's name alone would not say whose it is. */
    public boolean several() {
        return municipalities.size() > 1;
    }

    /** The name of the municipality with this code, or the code when it is not one of these. */
    public String name(String code) {
        return municipalities.stream().filter(municipality -> Objects.equals(municipality.getCode(), code))
                .map(Municipality::getName).findFirst().orElse(code);
    }

    /**
     * A board's name as a list shows it: with its municipality's name when there are several ("Socialnämnden,
     * Sjöstads kommun"), alone otherwise.
     */
    public String qualified(String boardName, String municipalityCode) {
        return several() ? boardName + ", " + name(municipalityCode) : boardName;
    }

    /** As {@link #qualified(String, String)} for a board. */
    public String qualified(Board board) {
        return qualified(board.getName(), board.getMunicipality().getCode());
    }
}
