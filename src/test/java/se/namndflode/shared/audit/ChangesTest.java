package se.namndflode.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        Changes changes = Changes.start().field("namn", "Socialnämnden", "Socialnämnden")
                .field("antal ledamöter", 11, 13).field("förvaltning", null, "SOF");
        assertThat(changes).hasToString("antal ledamöter: \"11\" → \"13\"; förvaltning: – → \"SOF\"");
    }

    @Test
    void isEmptyWhenNothingChanged() {
        assertThat(Changes.start().field("kod", "S", "S").isEmpty()).isTrue();
    }
}
