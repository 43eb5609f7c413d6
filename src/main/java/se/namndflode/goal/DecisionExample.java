package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A stored example of a municipality's decision: the inputs (JSON object) and the rating it must give (null:
 * the rules must not propose one). A new version of the tables is refused unless it agrees with every example.
 */
@Entity
public class DecisionExample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String decisionKey;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String inputs;
    private String expectedRating;

    protected DecisionExample() {
    }

    DecisionExample(String municipalityCode, String decisionKey, String name, String inputs, String expectedRating) {
        this.municipalityCode = municipalityCode;
        this.decisionKey = decisionKey;
        this.name = name;
        this.inputs = inputs;
        this.expectedRating = expectedRating;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getDecisionKey() { return decisionKey; }
    public String getName() { return name; }
    public String getInputs() { return inputs; }
    public String getExpectedRating() { return expectedRating; }
}
