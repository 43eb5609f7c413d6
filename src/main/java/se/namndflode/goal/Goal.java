package se.namndflode.goal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal of one plan year at a level ("1.3.1", nämndmål), under its parent at the level above, with its
 * description and expected results (förväntat resultat). The number is unique within municipality and year.
 */
@Entity
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    private int planYear;
    @Column(name = "goal_number", nullable = false)
    private String number;
    @ManyToOne(optional = false)
    private GoalLevel level;
    @ManyToOne
    private Goal parent;
    @Column(nullable = false)
    private String title;
    private String description;
    /** The board whose plan the goal belongs to (an id of the organisation module); null: no board's plan. */
    private Long boardId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goal_expected_result", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "text", nullable = false)
    private List<String> expectedResults = new ArrayList<>();

    @Version
    private long version;

    protected Goal() {
    }

    Goal(String municipalityCode, int planYear, String number) {
        this.municipalityCode = municipalityCode;
        this.planYear = planYear;
        this.number = number;
    }

    void belongTo(Long newBoardId) {
        this.boardId = newBoardId;
    }

    void change(GoalLevel newLevel, Goal newParent, String newTitle, String newDescription,
            List<String> newExpectedResults) {
        this.level = newLevel;
        this.parent = newParent;
        this.title = newTitle;
        this.description = newDescription;
        this.expectedResults.clear();
        this.expectedResults.addAll(newExpectedResults);
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public int getPlanYear() { return planYear; }
    public String getNumber() { return number; }
    public GoalLevel getLevel() { return level; }
    public Goal getParent() { return parent; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Long getBoardId() { return boardId; }
    public List<String> getExpectedResults() { return List.copyOf(expectedResults); }
    public long getVersion() { return version; }
}
