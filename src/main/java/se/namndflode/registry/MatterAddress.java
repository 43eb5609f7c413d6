package se.namndflode.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A matter's address in page and API URLs. A diarienummer is unique only within a municipality, so the address
 * is either the number alone ({@code SOF-2026-12}, looked up within the signed-in user's municipalities) or the
 * number qualified by the municipality's code ({@code sjostad:SOF-2026-12}). {@code municipality} is null for the
 * former.
 */
record MatterAddress(String municipality, RegistryNumber number) {

    /** A municipality's code (as {@code MunicipalityForm} allows it), a colon, then the number. */
    private static final Pattern QUALIFIED = Pattern.compile("([a-z][a-z0-9-]{1,39}):(.+)");

    /** Reads either form (the number in its URL or written form); empty when the text is neither. */
    static Optional<MatterAddress> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher qualified = QUALIFIED.matcher(address.trim());
        if (qualified.matches()) {
            return RegistryNumber.tryParse(qualified.group(2))
                    .map(number -> new MatterAddress(qualified.group(1), number));
        }
        return RegistryNumber.tryParse(address).map(number -> new MatterAddress(null, number));
    }

    /** The address that names the matter's municipality: {@code sjostad:SOF-2026-12}. */
    static String qualified(Matter matter) {
        return matter.getMunicipality().getCode() + ":" + matter.getRegistryNumber().toUrl();
    }
}
