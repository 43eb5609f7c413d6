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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A municipality's rating scale (betygsskala), best rating first: "Uppfylls helt / delvis / inte". */
@Entity
public class RatingScale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_scale_step", joinColumns = @JoinColumn(name = "scale_id"))
    @OrderColumn(name = "sort_order", nullable = false, insertable = true, updatable = true)
    private List<Rating> ratings = new ArrayList<>();

    @Version
    private long version;

    protected RatingScale() {
    }

    RatingScale(String municipalityCode, String code) {
        this.municipalityCode = municipalityCode;
        this.code = code;
    }

    void change(String newName, List<Rating> newRatings) {
        this.name = newName;
        this.ratings.clear();
        this.ratings.addAll(newRatings);
    }

    public Optional<Rating> rating(String ratingCode) {
        return ratings.stream().filter(rating -> rating.getCode().equals(ratingCode)).findFirst();
    }

    /** The label of a code, or the code itself when it is not on the scale. */
    public String label(String ratingCode) {
        return ratingCode == null ? null : rating(ratingCode).map(Rating::getLabel).orElse(ratingCode);
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public List<Rating> getRatings() { return List.copyOf(ratings); }
    public long getVersion() { return version; }
}
