package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a rating scale: its code (what the decision tables output), label, colour and symbol. */
@Embeddable
public class Rating {

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String label;
    private String colour;
    private String symbol;

    protected Rating() {
    }

    Rating(String code, String label, String colour, String symbol) {
        this.code = code;
        this.label = label;
        this.colour = colour;
        this.symbol = symbol;
    }

    public String getCode() { return code; }
    public String getLabel() { return label; }
    public String getColour() { return colour; }
    public String getSymbol() { return symbol; }
}
