package se.namndflode.assignment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.shared.security.Role;

/**
 * What the tests of the assignment pages and API share: a municipality of their own on 10 January 2033 (the clock
 * set back after each test), requests as one of its roles, an assignment of 2033 to be done by 30 June, and running
 * the engine's due jobs of an assignment's process.
 */
abstract class AssignmentWebSupport extends AssignmentTestSupport {

    static final String PROBLEM = "https://namndflode.se/problem/";

    @Autowired
    MockMvc mvc;

    TestMunicipality kommun;

    @BeforeEach
    void municipality2033() {
        at(LocalDate.of(2033, 1, 10));
        kommun = municipality();
    }

    RequestPostProcessor as(Role role) {
        return user(fixtures().user(kommun.user(role)));
    }

    Assignment register(String reference, String responsible) {
        AssignmentForm form = form(kommun, reference);
        form.setSourceYear(2033);
        form.setStartDate(LocalDate.of(2033, 1, 1));
        form.setEndDate(LocalDate.of(2033, 6, 30));
        form.setResponsible(responsible);
        return asManager(kommun, () -> assignments.create(form));
    }

    /** The API's JSON of an assignment of 2033 (a council activity reported as a board matter). */
    String body(String reference, long version) {
        return """
                {"boardId": %d, "reference": "%s", "source": "COUNCIL_ACTIVITY", "sourceYear": 2033,
                 "text": "Socialnämnden ska i samråd med kommunstyrelsen utreda", "startDate": "2033-01-01",
                 "endDate": "2033-12-31", "partners": [{"name": "Kommunstyrelsen", "relation": "i_samrad_med"}],
                 "responsible": "%s", "reporting": "BOARD_MATTER", "version": %d}"""
                .formatted(kommun.boardId(), reference, kommun.user(Role.CASE_OFFICER), version);
    }
}
