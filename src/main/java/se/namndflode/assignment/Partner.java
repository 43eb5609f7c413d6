package se.namndflode.assignment;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A partner of an assignment and how it takes part ("i samråd med" utbildningsnämnden). */
@Embeddable
public class Partner {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;
    @ManyToOne(optional = false)
    @JoinColumn(name = "relation_type_id", nullable = false)
    private RelationType relation;

    protected Partner() {
    }

    Partner(Body body, RelationType relation) {
        this.body = body;
        this.relation = relation;
    }

    public Body getBody() { return body; }
    public RelationType getRelation() { return relation; }
}
