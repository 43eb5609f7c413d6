package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures and targets as the seed (Tertialrapport 1 2024) prints them. */
class NumbersTest {

    @Test
    void swedishFormatsWithGroupedThousandsAndADecimalComma() {
        assertThat(Numbers.format(new BigDecimal("1403.6"), "mnkr")).isEqualTo("1\u00a0403,6 mnkr");
        assertThat(Numbers.format(new BigDecimal("0.20"), "%")).isEqualTo("0,2 %");
        assertThat(Numbers.format(null, "%")).isEqualTo("–");
    }

    /**
     * The seed's "Nämndens prognossäkerhet": Årsmål "+/-1 %", a deviation either way, typeset "±1 %" (and a CSV cell
     * that no spreadsheet takes for a formula); other bands "2–4 st".
     */
    @Test
    void aBandSymmetricAroundZeroIsPlusMinusAsInTheSeed() {
        Target symmetric = new Target(TargetKind.BAND, new BigDecimal("-1"), new BigDecimal("1"), null);
        assertThat(PeriodReports.target(symmetric, "%")).isEqualTo("±1 %");
        assertThat(symmetric.describe("%")).isEqualTo("±1 %");
        assertThat(IndicatorCsv.text(IndicatorCsv.targetCell("±1 %", "%"))).isEqualTo("±1 %");
        assertThat(PeriodReports.target(new Target(TargetKind.BAND, new BigDecimal("2"), new BigDecimal("4"), null),
                "st")).isEqualTo("2–4 st");
        assertThat(Numbers.band(new BigDecimal("-2"), new BigDecimal("1"), "%")).isEqualTo("\u22122–1 %");
        assertThat(Numbers.band(BigDecimal.ZERO, BigDecimal.ZERO, "%")).isEqualTo("0–0 %");
    }
}
