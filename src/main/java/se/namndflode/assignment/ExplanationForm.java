package se.namndflode.assignment;

import jakarta.validation.constraints.Size;

/** The responsible person's explanation of the deviation recorded when the assignment became overdue. */
public class ExplanationForm {

    @Size(max = 2000, message = "{validation.tooLong}")
    private String text;

    public ExplanationForm() {
    }

    public ExplanationForm(String text) {
        this.text = text;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
