package se.namndflode.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The options of the admin forms' drop-downs and checkbox groups ({@code fragments/forms}): value to text,
 * in the order shown; for enums, value to message key.
 */
final class Choices {

    private Choices() {
    }

    static <T> Map<Long, String> of(Collection<T> items, Function<T, Long> id, Function<T, String> text) {
        Map<Long, String> options = new LinkedHashMap<>();
        items.forEach(item -> options.put(id.apply(item), text.apply(item)));
        return options;
    }

    static <E extends Enum<E>> Map<E, String> keys(E[] values, Function<E, String> messageKey) {
        Map<E, String> options = new LinkedHashMap<>();
        for (E value : values) {
            options.put(value, messageKey.apply(value));
        }
        return options;
    }

    static Map<Long, String> municipalities(Organisation organisation) {
        return of(organisation.myMunicipalities(), Municipality::getId, Municipality::getName);
    }

    /** The municipality a new record's form starts with: the user's first, or none. */
    static Long firstMunicipalityId(Organisation organisation) {
        return organisation.myMunicipalities().stream().findFirst().map(Municipality::getId).orElse(null);
    }

    /** Records by their text; for a user of several municipalities, each followed by its municipality. */
    static <T> Map<Long, String> ofMunicipalities(Organisation organisation, Collection<T> items,
            Function<T, Long> id, Function<T, String> text, Function<T, Municipality> municipality) {
        boolean several = organisation.myMunicipalities().size() > 1;
        return of(items, id, item -> several ? text.apply(item) + ", " + municipality.apply(item).getName()
                : text.apply(item));
    }
}
