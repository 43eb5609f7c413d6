package se.namndflode.organisation;

import java.util.function.Supplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Puts on every page's model what pages show of the organisation around their content: the signed-in user's
 * municipalities as {@code myMunicipalities} ({@link MunicipalityScope}), for the pages that say whose lists and
 * figures they show, and the names of their municipalities' people as {@code personNames} ({@link PersonNames}),
 * for pages that show who did something. Lazy: read from the database only when a page shows them.
 */
@ControllerAdvice
class OrganisationPageModel {

    private final Organisation organisation;
    private final Accounts accounts;

    OrganisationPageModel(Organisation organisation, Accounts accounts) {
        this.organisation = organisation;
        this.accounts = accounts;
    }

    @ModelAttribute("personNames")
    LazyContextVariable<PersonNames> personNames() {
        return lazy(accounts::personNames);
    }

    @ModelAttribute("myMunicipalities")
    LazyContextVariable<MunicipalityScope> myMunicipalities() {
        return lazy(() -> new MunicipalityScope(organisation.myMunicipalities()));
    }

    /** A value the template engine asks for only when a page uses it (and then once per page). */
    private static <T> LazyContextVariable<T> lazy(Supplier<T> value) {
        return new LazyContextVariable<>() {
            @Override
            protected T loadValue() {
                return value.get();
            }
        };
    }
}
