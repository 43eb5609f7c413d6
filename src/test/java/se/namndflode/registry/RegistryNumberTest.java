package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryNumberTest {

    @Test
    void isWrittenWithPrefixYearAndSerial() {
        assertThat(new RegistryNumber("SOF", 2026, 12)).hasToString("SOF 2026/12");
    }

    @Test
    void hasAUrlFormWithDashes() {
        assertThat(new RegistryNumber("SOF", 2026, 12).toUrl()).isEqualTo("SOF-2026-12");
    }

    @Test
    void parsesTheWrittenForm() {
        assertThat(RegistryNumber.parse("SOF 2023/409")).isEqualTo(new RegistryNumber("SOF", 2023, 409));
    }

    @Test
    void parsesTheUrlForm() {
        assertThat(RegistryNumber.fromUrl("SOF-2026-12")).isEqualTo(new RegistryNumber("SOF", 2026, 12));
    }

    @Test
    void writtenAndUrlFormsGoBothWays() {
        RegistryNumber number = new RegistryNumber("BUF", 2031, 1);
        assertThat(RegistryNumber.parse(number.toString())).isEqualTo(number);
        assertThat(RegistryNumber.fromUrl(number.toUrl())).isEqualTo(number);
    }

    @Test
    void takesSwedishLettersInThePrefix() {
        assertThat(RegistryNumber.fromUrl("ÄLD-2026-3")).isEqualTo(new RegistryNumber("ÄLD", 2026, 3));
    }

    @Test
    void tryParseReadsEitherForm() {
        assertThat(RegistryNumber.tryParse(" SOF 2026/12 ")).contains(new RegistryNumber("SOF", 2026, 12));
        assertThat(RegistryNumber.tryParse("SOF-2026-12")).contains(new RegistryNumber("SOF", 2026, 12));
    }

    @Test
    void aNumberOfAnEarlierRegisterMayHaveNoPrefix() {
        RegistryNumber number = RegistryNumber.parse("2022/594");
        assertThat(number).isEqualTo(new RegistryNumber(RegistryNumber.NO_PREFIX, 2022, 594)).hasToString("2022/594");
        assertThat(number.toUrl()).isEqualTo("2022-594");
        assertThat(RegistryNumber.fromUrl("2022-594")).isEqualTo(number);
        assertThat(RegistryNumber.tryParse(" 2022/594 ")).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SOF", "SOF 2026", "sof 2026/12", "SOF 26/12", "SOF 2026/0", "SOF 2026/-1",
            "S 2026/1", "SOF2026/1", "SOF-2026/1", "SOF 2026/12-3", "KOMMUNSTYRELSEN 2026/1"})
    void refusesWhatIsNotADiarienummer(String text) {
        assertThat(RegistryNumber.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> RegistryNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASerialBelowOne() {
        assertThatThrownBy(() -> new RegistryNumber("SOF", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentNumbersFollowTheMatterNumber() {
        RegistryNumber matter = new RegistryNumber("SOF", 2026, 12);
        assertThat(new DocumentNumber(matter, 3, 0)).hasToString("SOF 2026/12-3");
        assertThat(new DocumentNumber(matter, 3, 1)).hasToString("SOF 2026/12-3.1");
        assertThat(DocumentNumber.of(matter, "3.1")).isEqualTo(new DocumentNumber(matter, 3, 1));
        assertThat(DocumentNumber.of(matter, "3").suffix()).isEqualTo("3");
        assertThatThrownBy(() -> DocumentNumber.of(matter, "3.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumber.of(matter, "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchTextReadsTheThreeWaysOfWritingANumber() {
        assertThat(SearchText.of("SOF 2026/12")).extracting(SearchText::prefix, SearchText::year, SearchText::serial)
                .containsExactly("SOF", 2026, 12);
        assertThat(SearchText.of("SOF-2026-12")).extracting(SearchText::prefix, SearchText::year, SearchText::serial)
                .containsExactly("SOF", 2026, 12);
        assertThat(SearchText.of("2026/12")).extracting(SearchText::prefix, SearchText::year, SearchText::serial)
                .containsExactly(null, 2026, 12);
        assertThat(SearchText.of("SOF 2026/12-3.1").serial()).isEqualTo(12);
    }

    @Test
    void searchTextIsAlsoAnEscapedPattern() {
        assertThat(SearchText.of("Skyddade Boenden").pattern()).isEqualTo("%skyddade boenden%");
        assertThat(SearchText.of("100%_klart!").pattern()).isEqualTo("%100!%!_klart!!%");
        assertThat(SearchText.of("skyddade").year()).isNull();
        assertThat(SearchText.of("  ").pattern()).isNull();
    }
}
